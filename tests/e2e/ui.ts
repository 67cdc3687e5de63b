import { strings, useTranslations, type UiKey } from '../../src/i18n';
import type { Locale } from '../../src/i18n/locales';

// The site's own UI strings, so a wording fix in src/i18n never breaks a test. Lesson content
// (titles, prompts) stays literal in the specs: it is what the tests are about.

export type { Locale };

/** The page's strings: `t.vi('quiz.check')`, `t[lang]('present.position', { n: 1, total: 9 })`. */
export const t = { vi: useTranslations('vi'), en: useTranslations('en') } as const;

/**
 * A string's words before its first placeholder: what a message always starts with, however it
 * is filled in (`quiz.failed` → "Not passed yet: you need ").
 */
export const lead = (locale: Locale, key: UiKey): string => strings[locale][key].split('{')[0]!;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A string as a pattern: the placeholders given are filled in, the others match anything
 * (`pattern('vi', 'search.count', { query: 'lua dao' })` matches "Tìm thấy 3 bài cho “lua dao”.").
 */
export function pattern(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): RegExp {
  const parts = strings[locale][key].split(/(\{\w+\})/);
  return new RegExp(
    parts
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return escape(part);
        return name in params ? escape(String(params[name])) : '.+?';
      })
      .join(''),
  );
}
