// Vant's Field with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/cell/index.css';
import 'vant/es/field/index.css';
export { Field as VanField } from 'vant';
