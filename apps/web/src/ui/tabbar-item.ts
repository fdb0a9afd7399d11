// Vant's TabbarItem with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/tabbar/index.css';
import 'vant/es/tabbar-item/index.css';
export { TabbarItem as VanTabbarItem } from 'vant';
