import { Locale } from 'vant';
import enUS from 'vant/es/locale/lang/en-US';
import zhCN from 'vant/es/locale/lang/zh-CN';

/** Vant's own words (placeholders, loading text) in the page's language. */
export function useVantLanguage(language: string): void {
  if (language === 'en') Locale.use('en-US', enUS);
  else Locale.use('zh-CN', zhCN);
}
