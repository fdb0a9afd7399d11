// Vant's CellGroup with its own styles only; base styles and icons come from ui/base.ts.
import 'vant/es/cell-group/index.css';
export { CellGroup as VanCellGroup } from 'vant';
