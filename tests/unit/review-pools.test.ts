import { describe, expect, it } from 'vitest';
import { findReviewPoolProblems, type PoolSource } from '../../src/lib/build/review-pools';
import { readQuizSource } from '../../src/lib/build/quiz-source';

// A pool as authors write it (content/reviews/<locale>/<slug>.mdx), with n single-choice questions.
const question = (id: string, technique?: string, prompt = 'Bạn làm gì?') =>
  `<Question id="${id}"${technique ? ` technique="${technique}"` : ''} prompt="${prompt}">
  <Option correct explanation="Đúng.">Cúp máy</Option>
  <Option explanation="Sai.">Làm theo</Option>
</Question>`;
const body = (ids: string[], technique = 'urgency') => ids.map((id) => question(id, technique)).join('\n\n');
const SIX = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];

function pool(locale: string, mdx: string, over: Partial<PoolSource> = {}): PoolSource {
  return {
    file: `content/reviews/${locale}/scam-calls.mdx`,
    locale,
    slug: 'scam-calls',
    lesson: 'scam-calls',
    techniques: ['urgency'],
    questions: readQuizSource(mdx),
    text: mdx,
    ...over,
  };
}
const lessons = ['vi', 'en'].map((locale) => ({
  id: `${locale}/scam-calls`,
  file: `content/lessons/${locale}/scam-calls.mdx`,
  track: 'scams',
  quizIds: new Set(['where-report']),
}));
const check = (pools: PoolSource[], lessonList = lessons) =>
  findReviewPoolProblems(pools, lessonList, ['vi', 'en'], 'vi', 'scams');

describe('review pools (content/reviews/)', () => {
  it('a good pair of pools has no problem', () => {
    expect(check([pool('vi', body(SIX)), pool('en', body(SIX))])).toEqual([]);
  });

  it('needs at least six questions', () => {
    const few = body(['q1', 'q2']);
    expect(check([pool('vi', few), pool('en', few)])).toContain(
      'content/reviews/vi/scam-calls.mdx: has 2 <Question>s; a pool needs at least 6 (two reviews of three, none repeated)',
    );
  });

  it('every question names a technique the file lists, and every listed one is trained', () => {
    const mdx = [question('q1'), question('q2', 'secrecy'), body(['q3', 'q4', 'q5', 'q6'])].join('\n');
    const problems = check([
      pool('vi', mdx, { techniques: ['urgency', 'otp-request'] }),
      pool('en', body(SIX)),
    ]);
    expect(problems).toContain(
      'content/reviews/vi/scam-calls.mdx → <Question id="q1"> → technique: is required in a review pool (one of urgency, otp-request)',
    );
    expect(problems).toContain(
      'content/reviews/vi/scam-calls.mdx → <Question id="q2"> → technique: "secrecy" is not in the file\'s techniques (urgency, otp-request)',
    );
    expect(problems).toContain(
      'content/reviews/vi/scam-calls.mdx → techniques: "otp-request" is listed but no question trains it',
    );
  });

  it("ids are its own: not twice, not the lesson quiz's", () => {
    const mdx = body(['q1', 'q1', 'where-report', 'q4', 'q5', 'q6']);
    const problems = check([pool('vi', mdx), pool('en', mdx)]);
    expect(problems).toContain(
      'content/reviews/vi/scam-calls.mdx → <Question id="q1">: the id is used twice in this pool',
    );
    expect(problems).toContain(
      'content/reviews/vi/scam-calls.mdx → <Question id="where-report">: the lesson\'s quiz has this id too; a review question needs its own',
    );
  });

  it('every language asks the same questions, and has the pool at all', () => {
    const other = body(['q1', 'q2', 'q3', 'q4', 'q5', 'q7']);
    expect(check([pool('vi', body(SIX)), pool('en', other)]).join('\n')).toMatch(
      /content\/reviews\/en\/scam-calls\.mdx → quiz: question ids differ from content\/reviews\/vi\/scam-calls\.mdx/,
    );
    expect(check([pool('vi', body(SIX))])).toContain(
      'content/reviews/vi/scam-calls.mdx: has no en version (content/reviews/en/scam-calls.mdx); every language has the same reviews',
    );
  });

  it('belongs to a lesson of its name, and every scam lesson has one', () => {
    expect(check([pool('vi', body(SIX), { lesson: 'other' }), pool('en', body(SIX))])).toContain(
      'content/reviews/vi/scam-calls.mdx → lesson: says "other" but the file is named for "scam-calls"',
    );
    expect(check([pool('vi', body(SIX)), pool('en', body(SIX))], [])).toContain(
      'content/reviews/vi/scam-calls.mdx: no lesson content/lessons/vi/scam-calls.mdx to review; name the file after its lesson',
    );
    expect(check([], lessons)).toContain(
      'content/lessons/vi/scam-calls.mdx: a scams lesson needs a review pool, content/reviews/vi/scam-calls.mdx',
    );
  });

  it("keeps the fact sheet's rules: a scam example may not show a real-looking number or address", () => {
    const mdx = [
      `<Question id="q0" type="red-flags" technique="urgency" prompt="Chạm vào phần đáng ngờ." explanation="Lừa đảo.">
  <Message kind="sms" from="0912 345 678"><Part flag explanation="Link lạ.">Bấm https://dichvucong-gov.com ngay</Part></Message>
</Question>`,
      body(['q2', 'q3', 'q4', 'q5', 'q6']),
    ].join('\n');
    const problems = check([pool('vi', mdx), pool('en', mdx)]).filter((p) =>
      p.startsWith('content/reviews/vi/scam-calls.mdx:'),
    );
    expect(problems.join('\n')).toMatch(/0912 345 678/);
    expect(problems.join('\n')).toMatch(/dichvucong-gov\.com/);
  });
});
