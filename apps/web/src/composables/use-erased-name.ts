import { useI18n } from 'vue-i18n';

/** The name the API answers in place of an erased person's (bilingual, as it is not page text). */
const ERASED_NAME = '已删除 (erased)';

/** A shown name in the page's language: an erased person's as "erased", any other as answered. */
export function useErasedName() {
  const { t } = useI18n();
  return (name: string): string => (name === ERASED_NAME ? t('personalData.erasedName') : name);
}
