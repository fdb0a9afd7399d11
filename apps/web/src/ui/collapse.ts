// Vant's Collapse with its own styles only; base styles and icons come from ui/base.ts.

export { Collapse as VanCollapse } from 'vant';
