import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import en from './src/i18n/en';
import zhCN from './src/i18n/zh-CN';

const here = fileURLToPath(new URL('.', import.meta.url));

// The pages are served by the api app from dist/web; `vite` (dev) proxies the API to a running service.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue(), firstViewText()],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/auth': 'http://127.0.0.1:3000',
      '/.well-known': 'http://127.0.0.1:3000',
    },
  },
});

/**
 * first-view.json beside index.html: the few words of the home page's lead figures in each language, which
 * the api app uses to send a signed-in volunteer's home page with its figures already in it
 * (apps/api/src/web/first-view.ts). They come from the same messages the app shows, so the two agree.
 */
function firstViewText(): Plugin {
  const pick = (messages: typeof zhCN) => ({
    title: messages.home.title,
    confirmed: messages.home.confirmed,
    pending: messages.home.pending,
    points: messages.home.points,
    pointsValue: messages.home.pointsValue,
    thisYear: messages.home.thisYear,
    hoursAndMinutes: messages.duration.hoursAndMinutes,
    hours: messages.duration.hours,
    minutes: messages.duration.minutes,
    appName: messages.app.name,
  });
  return {
    name: 'vl-first-view-text',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'first-view.json',
        source: JSON.stringify({ 'zh-CN': pick(zhCN), en: pick(en) }),
      });
    },
  };
}
