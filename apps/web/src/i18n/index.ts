import { createI18n } from 'vue-i18n';
import zhCN, { type MessageSchema } from './zh-CN';

export type Language = 'zh-CN' | 'en';
const STORAGE_KEY = 'vl-language';

function storedLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

/** zh-CN ships with the page; English is fetched the first time someone switches to it. */
export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<Language, MessageSchema>,
});

export async function useLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18n.global.availableLocales.includes('en')) {
    i18n.global.setLocaleMessage('en', (await import('./en')).default);
  }
  i18n.global.locale.value = language;
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  // Also for the api app, which draws a volunteer's home page's first view in it (apps/api/src/web).
  document.cookie = `${STORAGE_KEY}=${language}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = language;
}

let staffMessages: Promise<void> | undefined;
/** The staff pages' Chinese, kept out of what a volunteer's pages load; English has them all already. */
export function loadStaffMessages(): Promise<void> {
  staffMessages ??= import('./zh-CN-staff').then(({ default: staff }) => {
    i18n.global.mergeLocaleMessage('zh-CN', staff);
  });
  return staffMessages;
}

export function initialLanguage(): Language {
  return storedLanguage();
}
