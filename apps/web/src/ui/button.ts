// Vant's Button with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/loading/index.css';
import 'vant/es/button/index.css';
export { Button as VanButton } from 'vant';
