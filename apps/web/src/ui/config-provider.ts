// Vant's ConfigProvider with its own styles only; base styles and icons come from ui/base.ts.

export { ConfigProvider as VanConfigProvider } from 'vant';
