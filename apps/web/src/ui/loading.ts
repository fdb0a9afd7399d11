// Vant's Loading with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/loading/index.css';
export { Loading as VanLoading } from 'vant';
