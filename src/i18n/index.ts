import { en } from './en';
import { formatPartialDate } from './day';
import { format } from './format';
import type { Locale } from './locales';
import { vi, type UiKey } from './vi';

const strings: Record<Locale, Record<UiKey, string>> = { vi, en };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** The string lookup for one page's language. Used at build time; elements get strings as attributes. */
export function useTranslations(locale: Locale): Translate {
  return (key, params) => format(strings[locale][key], params);
}

/** Dates shown to readers, e.g. 29/11/2026 in both languages (the form Vietnamese papers use). */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

export { format, formatPartialDate, strings, type UiKey };
