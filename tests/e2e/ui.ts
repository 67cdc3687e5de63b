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

/** A string as a regular expression, for names that carry an icon or a count around it. */
export const containing = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
