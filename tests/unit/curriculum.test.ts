import { describe, expect, it } from 'vitest';
import {
  findCurriculumProblems,
  lessonsDueForReview,
  type LessonFileInfo,
} from '../../src/lib/build/curriculum';

const lesson = (
  locale: string,
  slug: string,
  track = 'vneid',
  order = 1,
  code = slug.charCodeAt(0) - 96, // a → 1, b → 2
): LessonFileInfo => ({
  file: `content/lessons/${locale}/${slug}.mdx`,
  locale,
  slug,
  track,
  order,
  code,
});
const locales = ['vi', 'en'];

describe('findCurriculumProblems', () => {
  it('accepts lessons present in every language, in known tracks, with distinct orders', () => {
    const lessons = [
      lesson('vi', 'a'),
      lesson('en', 'a'),
      lesson('vi', 'b', 'vneid', 2),
      lesson('en', 'b', 'vneid', 2),
    ];
    expect(findCurriculumProblems(lessons, ['vneid'], locales)).toEqual([]);
  });

  it.each([
    {
      name: 'a lesson missing in one language',
      lessons: [lesson('vi', 'a')],
      expected: /content\/lessons\/en\/a\.mdx: missing/,
    },
    {
      name: 'a track that does not exist',
      lessons: [lesson('vi', 'a', 'nope'), lesson('en', 'a', 'nope')],
      expected: /content\/lessons\/vi\/a\.mdx → track: "nope" is not a track/,
    },
    {
      name: 'a duplicate order in a track',
      lessons: [lesson('vi', 'a'), lesson('en', 'a'), lesson('vi', 'b'), lesson('en', 'b')],
      expected:
        /content\/lessons\/vi\/b\.mdx → order: 1 is already used in track "vneid" by content\/lessons\/vi\/a\.mdx/,
    },
    {
      name: 'a lesson placed differently in two languages',
      lessons: [lesson('vi', 'a', 'vneid', 1), lesson('en', 'a', 'vneid', 2)],
      expected: /content\/lessons\/en\/a\.mdx → order: 2 differs from content\/lessons\/vi\/a\.mdx/,
    },
    {
      name: 'a code already taken by another lesson, with the next free one',
      lessons: [
        lesson('vi', 'a'),
        lesson('en', 'a'),
        lesson('vi', 'b', 'vneid', 2, 1),
        lesson('en', 'b', 'vneid', 2, 1),
      ],
      expected:
        /content\/lessons\/vi\/b\.mdx → code: 1 is already the code of "a" \(content\/lessons\/vi\/a\.mdx\); each lesson has its own \(use 2\)/,
    },
    {
      name: 'a lesson with another code in another language',
      lessons: [lesson('vi', 'a'), lesson('en', 'a', 'vneid', 1, 7)],
      expected: /content\/lessons\/en\/a\.mdx → code: 7 differs from content\/lessons\/vi\/a\.mdx/,
    },
    {
      name: 'a folder that is not a site language',
      lessons: [lesson('vi', 'a'), lesson('en', 'a'), lesson('fr', 'a')],
      expected: /content\/lessons\/fr\/a\.mdx: folder "fr" is not a site language/,
    },
  ])('reports $name, naming the file and field', ({ lessons, expected }) => {
    const problems = findCurriculumProblems(lessons, ['vneid'], locales);
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('retired lesson codes', () => {
  it('are never given to another lesson; the next free code counts them', () => {
    const lessons = [lesson('vi', 'a', 'vneid', 1, 3), lesson('en', 'a', 'vneid', 1, 3)];
    expect(findCurriculumProblems(lessons, ['vneid'], locales, [{ code: 3, slug: 'old-lesson' }])).toEqual([
      'content/lessons/vi/a.mdx → code: 3 belonged to the retired lesson "old-lesson"; codes are never reused (use 4)',
      'content/lessons/en/a.mdx → code: 3 belonged to the retired lesson "old-lesson"; codes are never reused (use 4)',
    ]);
  });

  it('let a lesson come back under its own code', () => {
    const lessons = [lesson('vi', 'a', 'vneid', 1, 3), lesson('en', 'a', 'vneid', 1, 3)];
    expect(findCurriculumProblems(lessons, ['vneid'], locales, [{ code: 3, slug: 'a' }])).toEqual([]);
  });
});

describe('lessonsDueForReview', () => {
  const lessons = [
    { file: 'content/lessons/vi/a.mdx', reviewBy: new Date('2027-03-01') },
    { file: 'content/lessons/vi/b.mdx' },
  ];

  it('lists a lesson once its review date has come, and only then', () => {
    expect(lessonsDueForReview(lessons, new Date('2027-02-28'))).toEqual([]);
    expect(lessonsDueForReview(lessons, new Date('2027-03-01'))).toEqual([
      'content/lessons/vi/a.mdx (review by 2027-03-01)',
    ]);
  });
});
