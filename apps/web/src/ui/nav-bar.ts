// Vant's NavBar with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/badge/index.css';
import 'vant/es/nav-bar/index.css';
export { NavBar as VanNavBar } from 'vant';
