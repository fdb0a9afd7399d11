import { baseCompile } from '@intlify/message-compiler';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import en from './src/i18n/en';
import zhCN from './src/i18n/zh-CN';
import zhCNStaff from './src/i18n/zh-CN-staff';

const here = fileURLToPath(new URL('.', import.meta.url));

// The pages are served by the api app from dist/web; `vite` (dev) proxies the API to a running service.
export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue(), precompiledMessages(), firstViewText()],
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
    // The browsers the build targets (es2022) all preload modules themselves.
    modulePreload: { polyfill: false },
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
 * The built pages carry their messages compiled, as vue-i18n's own compiler would at run time in the
 * browser, so the browser gets neither that compiler (about a tenth of the home page's script) nor the work.
 * Only the build: `vite` (dev) keeps the source messages and the compiler, which follows their edits.
 */
function precompiledMessages(): Plugin {
  const files: Record<string, unknown> = {
    '/src/i18n/zh-CN.ts': zhCN,
    '/src/i18n/zh-CN-staff.ts': zhCNStaff,
    '/src/i18n/en.ts': en,
  };
  const compiled = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') {
      return baseCompile(value, {
        jit: true,
        location: false,
        minify: true,
        onError: (error) => {
          throw new Error(`the message ${path} does not compile: ${error.message}`);
        },
      }).ast;
    }
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
        key,
        compiled(inner, `${path}.${key}`),
      ]),
    );
  };
  return {
    name: 'vl-precompiled-messages',
    apply: 'build',
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: 'true' } }),
    load(id) {
      const file = Object.keys(files).find((name) => id.endsWith(name));
      if (!file) return undefined;
      // Most messages are plain text: those are written as a call of `s`, which makes their tree.
      const written = JSON.stringify(compiled(files[file], file)).replace(
        /\{"t":0,"b":\{"t":2,"i":\[\{"t":3\}\],"s":("(?:[^"\\]|\\.)*")\}\}/g,
        's($1)',
      );
      return `const s = (text) => ({ t: 0, b: { t: 2, i: [{ t: 3 }], s: text } });\nexport default ${written};`;
    },
  };
}

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
