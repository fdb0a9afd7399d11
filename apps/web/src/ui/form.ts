// Vant's Form with its own styles only; base styles and icons come from ui/base.ts.

export { Form as VanForm } from 'vant';
