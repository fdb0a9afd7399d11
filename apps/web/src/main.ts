import './ui/base';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n, initialLanguage, useLanguage } from './i18n';
import { router } from './router';
import './styles.css';
import { useVantLanguage } from './ui/locale';

const language = initialLanguage();
void useLanguage(language).finally(() => {
  useVantLanguage(language);
  createApp(App).use(i18n).use(router).mount('#app');
});
