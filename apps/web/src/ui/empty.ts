// Vant's Empty with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/empty/index.css';
export { Empty as VanEmpty } from 'vant';
