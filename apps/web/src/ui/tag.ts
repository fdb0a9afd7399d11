// Vant's Tag with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/tag/index.css';
export { Tag as VanTag } from 'vant';
