// Vant's Progress with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/progress/index.css';
export { Progress as VanProgress } from 'vant';
