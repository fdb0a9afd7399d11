// Vant's Tabbar with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/tabbar/index.css';
export { Tabbar as VanTabbar } from 'vant';
