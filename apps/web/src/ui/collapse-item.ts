// Vant's CollapseItem with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/cell/index.css';
import 'vant/es/collapse-item/index.css';
export { CollapseItem as VanCollapseItem } from 'vant';
