// Vant's base styles, and the few icons the pages show drawn as SVG masks instead of Vant's 28 kB icon font.
import 'vant/es/style/base.css';
import './icons.css';
