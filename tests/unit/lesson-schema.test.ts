import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { trackSchema } from '../../src/schemas/track';

const valid = {
  title: 'Cài VNeID',
  summary: 'Tóm tắt.',
  track: 'vneid',
  order: 1,
  code: 1,
  duration: 20,
  level: 'beginner',
  objectives: ['Cài đúng ứng dụng'],
  keyTerms: [{ term: 'OTP', meaning: 'Mã dùng một lần' }],
  sources: [{ title: 'Nguồn', url: 'https://example.com/a', date: '2024-04-23' }],
  updated: '2026-11-29',
  trainerNotes: {
    workshopMinutes: 45,
    devices: ['Điện thoại'],
    materials: ['Tờ hướng dẫn in'],
    activities: [{ title: 'Mở đầu', minutes: 5, description: 'Hỏi ai đã có VNeID.' }],
  },
};

function issuePaths(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('lessonSchema', () => {
  it('accepts a complete lesson and turns dates into Dates', () => {
    const parsed = lessonSchema.parse(valid);
    expect(parsed.updated).toBeInstanceOf(Date);
    expect(parsed.sources[0]!.date).toBe('2024-04-23');
  });

  it.each([
    [new Date('2024-04-23'), '2024-04-23'],
    ['2024-04', '2024-04'],
    ['2024', '2024'],
    [undefined, undefined],
  ])('keeps a source date only as precise as the source (%s)', (date, expected) => {
    const parsed = lessonSchema.parse({ ...valid, sources: [{ ...valid.sources[0], date }] });
    expect(parsed.sources[0]!.date).toBe(expected);
  });

  it.each([
    ['title', { ...valid, title: '' }],
    ['order', { ...valid, order: 0 }],
    ['code', { ...valid, code: 0 }],
    ['code', { ...valid, code: 65536 }],
    ['code', { ...valid, code: 1.5 }],
    ['duration', { ...valid, duration: 'twenty' }],
    ['level', { ...valid, level: 'expert' }],
    ['objectives', { ...valid, objectives: [] }],
    ['keyTerms.0.meaning', { ...valid, keyTerms: [{ term: 'OTP' }] }],
    ['sources.0.url', { ...valid, sources: [{ ...valid.sources[0], url: 'not a url' }] }],
    ['sources.0.date', { ...valid, sources: [{ ...valid.sources[0], date: 'someday' }] }],
    ['sources.0.date', { ...valid, sources: [{ ...valid.sources[0], date: '2024-13' }] }],
    ['trainerNotes.activities', { ...valid, trainerNotes: { ...valid.trainerNotes, activities: [] } }],
    ['track', { ...valid, track: 'VNeID Track' }],
    ['', { ...valid, surprise: true }],
  ])('rejects a bad %s and names that field', (path, data) => {
    expect(issuePaths(data)).toContain(path);
  });

  it('requires every field', () => {
    for (const key of Object.keys(valid)) {
      const { [key]: _removed, ...rest } = valid as Record<string, unknown>;
      expect(issuePaths(rest)).toContain(key);
    }
  });
});

describe('trackSchema', () => {
  const track = {
    order: 1,
    title: { vi: 'VNeID', en: 'VNeID' },
    summary: { vi: 'x', en: 'y' },
    accent: { light: '#0b5cad', dark: '#8cc4ff' },
    icon: 'vneid.svg',
  };

  it('needs a title and summary in every site language', () => {
    expect(trackSchema.safeParse(track).success).toBe(true);
    const missing = trackSchema.safeParse({ ...track, title: { vi: 'VNeID' } });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['title', 'en']);
  });

  it('needs a colour for each theme as #rrggbb and an icon file', () => {
    const paths = (value: unknown) =>
      trackSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...track, accent: { light: 'blue', dark: '#8cc4ff' } })).toEqual(['accent.light']);
    expect(paths({ ...track, accent: { light: '#0b5cad' } })).toEqual(['accent.dark']);
    expect(paths({ ...track, icon: 'vneid.png' })).toEqual(['icon']);
    const { icon: _icon, ...noIcon } = track;
    expect(paths(noIcon)).toEqual(['icon']);
  });
});
