import { describe, expect, it } from 'vitest';
import { format, formatPartialDate, strings, useTranslations } from '../../src/i18n';
import { localeFromPath, locales, switchLocalePath } from '../../src/i18n/locales';
import { chooseLocale } from '../../src/lib/choose-locale';

describe('UI strings', () => {
  const reference = Object.keys(strings.vi).sort();
  it.each(locales)('%s has exactly the reference keys, none empty', (locale) => {
    expect(Object.keys(strings[locale]).sort()).toEqual(reference);
    for (const [key, value] of Object.entries(strings[locale])) expect(value.trim(), key).not.toBe('');
  });

  it.each(locales)('%s uses the same placeholders as Vietnamese', (locale) => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of reference) {
      expect(names(strings[locale][key as keyof typeof strings.vi]), key).toEqual(
        names(strings.vi[key as keyof typeof strings.vi]),
      );
    }
  });

  it.each([
    ['2024-04-23', '23/4/2024'],
    ['2024-07', '7/2024'],
    ['2024', '2024'],
  ])('writes the source date %s as %s', (date, expected) => {
    expect(formatPartialDate(date)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{done}/{total}', { done: 1, total: 3 })).toBe('1/3');
    expect(format('{done}/{total}', { done: 1 })).toBe('1/{total}');
    expect(useTranslations('en')('lesson.minutes', { minutes: 20 })).toBe('20 min');
  });
});

describe('locale paths', () => {
  it.each([
    ['/vi/', 'en', '/en/'],
    ['/vi/lessons/install-vneid/', 'en', '/en/lessons/install-vneid/'],
    ['/en/lessons/install-vneid/', 'vi', '/vi/lessons/install-vneid/'],
    ['/', 'en', '/en/'],
  ] as const)('%s in %s is %s', (from, to, expected) => {
    expect(switchLocalePath(from, to)).toBe(expected);
  });

  it('reads the locale from a path', () => {
    expect(localeFromPath('/en/lessons/x/')).toBe('en');
    expect(localeFromPath('/')).toBeUndefined();
    expect(localeFromPath('/fr/')).toBeUndefined();
  });
});

describe('chooseLocale', () => {
  it.each([
    [['vi-VN', 'en-US'], 'vi'],
    [['en-US', 'vi'], 'en'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr-FR'], 'vi'],
    [[], 'vi'],
  ])('%j → %s', (preferred, expected) => {
    expect(chooseLocale(preferred)).toBe(expected);
  });
});
