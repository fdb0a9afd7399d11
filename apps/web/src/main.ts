import './ui/base';
import { createApp } from 'vue';
import App from './App.vue';
import { loadSession } from './composables/use-session';
import { adoptFirstView } from './first-view';
import { i18n, initialLanguage, useLanguage } from './i18n';
import { router } from './router';
import './styles.css';
import { useVantLanguage } from './ui/locale';

// Who is signed in is asked at once, while the rest starts up: every page waits for it. A home page that
// came with its first view already says, with the balance it shows.
const firstView = adoptFirstView();
if (!firstView) void loadSession();
const language = initialLanguage();
void useLanguage(language).finally(() => {
  useVantLanguage(language);
  const mount = () => createApp(App).use(i18n).use(router).mount('#app');
  // A first view on screen is painted before the app replaces it (after the next frame), not held back
  // until the app has drawn the same figures itself.
  if (firstView) requestAnimationFrame(() => setTimeout(mount, 0));
  else mount();
});
