// Vant's Cell with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/cell/index.css';
export { Cell as VanCell } from 'vant';
