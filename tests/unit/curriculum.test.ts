import { describe, expect, it } from 'vitest';
import {
  findCurriculumProblems,
  lessonsDueForReview,
  type LessonFileInfo,
} from '../../src/lib/build/curriculum';

const lesson = (locale: string, slug: string, track = 'vneid', order = 1): LessonFileInfo => ({
  file: `content/lessons/${locale}/${slug}.mdx`,
  locale,
  slug,
  track,
  order,
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
