import { useI18n } from 'vue-i18n';

export const PROGRAMME_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) of an instant in the programme's time zone. */
export function programmeDate(instant: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PROGRAMME_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** Minutes as hours and minutes, dates and times in the programme's zone, in the page's language. */
export function useFormat() {
  const { t, locale } = useI18n();
  const intlLocale = () => (locale.value === 'en' ? 'en-GB' : 'zh-CN');

  function minutes(total: number): string {
    const sign = total < 0 ? '-' : '';
    const hours = Math.floor(Math.abs(total) / 60);
    const rest = Math.abs(total) % 60;
    if (hours === 0) return sign + t('duration.minutes', { minutes: rest });
    if (rest === 0) return sign + t('duration.hours', { hours });
    return sign + t('duration.hoursAndMinutes', { hours, minutes: rest });
  }

  function date(value: string | Date): string {
    // A bare calendar date is already the programme's date: format it as such, not as UTC midnight.
    const instant =
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+08:00` : value;
    return new Intl.DateTimeFormat(intlLocale(), {
      timeZone: PROGRAMME_TIME_ZONE,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    }).format(new Date(instant));
  }

  function dateTime(value: string | Date): string {
    return new Intl.DateTimeFormat(intlLocale(), {
      timeZone: PROGRAMME_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(value));
  }

  function category(id: string): string {
    const key = `categories.${id}`;
    const text = t(key);
    return text === key ? id : text;
  }

  return { minutes, date, dateTime, category };
}
