import { describe, expect, it } from 'vitest';
import { duplicateIds, outlineOf, findQuizOutlineProblems } from '../../src/lib/build/quiz-validation';
import { validateQuestion, type QuestionDraft } from '../../src/lib/build/quiz-model';
import { readQuizSource } from '../../src/lib/build/quiz-source';

const option = (correct: boolean, explanation = 'Vì sao.') => ({
  text: correct ? 'Đúng' : 'Sai',
  correct,
  explanation,
});
const base: QuestionDraft = { type: 'single', options: [], items: [], parts: [], messages: 0 };

const valid: QuestionDraft[] = [
  { ...base, type: 'single', options: [option(true), option(false)] },
  { ...base, type: 'multiple', options: [option(true), option(true), option(false)] },
  { ...base, type: 'true-false', answer: false, explanation: 'Công an không gọi.' },
  { ...base, type: 'true-false', answer: true, explanation: 'Đúng vậy.' },
  { ...base, type: 'order', explanation: 'Thứ tự.', items: [{ text: '1' }, { text: '2' }, { text: '3' }] },
  {
    ...base,
    type: 'red-flags',
    explanation: 'Tin giả.',
    messages: 1,
    parts: [
      { text: 'sẽ bị khóa', flag: true, explanation: 'Dọa.' },
      { text: 'Kính gửi', flag: false, explanation: 'Bình thường.' },
    ],
    messageText: 'VNeID: tai https://vneid.invalid goi 09xx xxx xxx',
  },
];

describe('validateQuestion', () => {
  it.each(valid.map((q) => [q.type, q] as const))('accepts a well-formed %s question', (_, q) => {
    expect(validateQuestion(q)).toEqual([]);
  });

  it.each([
    [
      'single with no right option',
      { ...base, options: [option(false), option(false)] },
      'exactly one <Option correct>, found 0',
    ],
    [
      'single with two right options',
      { ...base, options: [option(true), option(true)] },
      'exactly one <Option correct>, found 2',
    ],
    ['single with one option', { ...base, options: [option(true)] }, 'at least two <Option>s'],
    [
      'multiple with no right option',
      { ...base, type: 'multiple', options: [option(false), option(false)] },
      'needs at least one <Option correct>',
    ],
    [
      'an option without explanation',
      { ...base, options: [option(true), option(false, ' ')] },
      'option 2 ("Sai") needs an explanation',
    ],
    [
      'true-false without explanation',
      { ...base, type: 'true-false', answer: true },
      'explanation="…" is required on a true-false question',
    ],
    [
      'true-false without answer',
      { ...base, type: 'true-false', explanation: 'x' },
      'answer={true} or answer={false}',
    ],
    [
      'order with two steps',
      { ...base, type: 'order', explanation: 'x', items: [{ text: '1' }, { text: '2' }] },
      'at least 3 <Item>s, found 2',
    ],
    [
      'order without explanation',
      { ...base, type: 'order', items: [{ text: '1' }, { text: '2' }, { text: '3' }] },
      'required on a order question',
    ],
    [
      'order with repeated steps',
      { ...base, type: 'order', explanation: 'x', items: [{ text: '1' }, { text: '1' }, { text: '3' }] },
      'same text',
    ],
    [
      'red flags without flags',
      { ...valid[5]!, parts: [{ text: 'a', flag: false, explanation: 'b' }] },
      'at least one <Part flag>',
    ],
    [
      'a red-flag part without explanation',
      { ...valid[5]!, parts: [{ text: 'a', flag: true, explanation: '' }] },
      'part 1 ("a") needs an explanation',
    ],
    [
      'a real-looking link in a scam message',
      { ...valid[5]!, messageText: 'Vào https://vneid-gov.vn ngay' },
      '"https://vneid-gov.vn" could be real',
    ],
    [
      'a diallable number in a scam message',
      { ...valid[5]!, messageText: 'Gọi 0912 345 678' },
      'looks like a diallable phone number',
    ],
    [
      'text outside the options',
      { ...valid[0]!, strayText: 'Chọn một' },
      'the text "Chọn một" is outside any <Option>',
    ],
    [
      'a red-flags question without a message',
      { ...valid[5]!, messages: 0, parts: [] },
      'exactly one <Message>',
    ],
    ['two messages', { ...valid[5]!, messages: 2 }, 'exactly one <Message> with <Part>s, found 2'],
    ['a message on a choice question', { ...valid[0]!, messages: 1 }, 'a single question takes no <Message>'],
    [
      'more options than progress can store',
      {
        ...base,
        options: [
          option(true),
          ...Array.from({ length: 50 }, (_, i) => ({ ...option(false), text: String(i) })),
        ],
      },
      'has 51 <Option>s; at most 50',
    ],
    ['options on an order question', { ...valid[4]!, options: [option(true)] }, 'takes no <Option>'],
  ] as const)('rejects %s', (_, q, message) => {
    expect(validateQuestion(q as QuestionDraft).join('\n')).toContain(message);
  });
});

describe('quiz outlines across languages', () => {
  // A `>` inside a prompt once made a regex reader see a different quiz than the build did.
  const mdx = `Text with <b>bold</b>.

<Quiz>
  <Question id="a" prompt="Vào Cài đặt > Bảo mật?">
    <Option correct explanation="x">y</Option>
  </Question>
  <Question type="order" id='b' prompt="y" explanation={"z"}>
    <Item>1</Item>
  </Question>
  <Question prompt="z" id="c" type="red-flags" explanation="…" />
</Quiz>`;

  it('reads question ids and types in order', () => {
    expect(outlineOf(readQuizSource(mdx))).toEqual([
      { id: 'a', type: 'single' },
      { id: 'b', type: 'order' },
      { id: 'c', type: 'red-flags' },
    ]);
  });

  it('accepts the same outline in every language', () => {
    const outline = outlineOf(readQuizSource(mdx));
    expect(
      findQuizOutlineProblems(
        [
          { file: 'content/lessons/vi/x.mdx', slug: 'x', locale: 'vi', outline },
          { file: 'content/lessons/en/x.mdx', slug: 'x', locale: 'en', outline },
        ],
        'vi',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'a different id',
      [
        { id: 'a', type: 'single' },
        { id: 'B', type: 'order' },
        { id: 'c', type: 'red-flags' },
      ],
    ],
    [
      'a missing question',
      [
        { id: 'a', type: 'single' },
        { id: 'b', type: 'order' },
      ],
    ],
    [
      'another order',
      [
        { id: 'b', type: 'order' },
        { id: 'a', type: 'single' },
        { id: 'c', type: 'red-flags' },
      ],
    ],
    [
      'another type',
      [
        { id: 'a', type: 'multiple' },
        { id: 'b', type: 'order' },
        { id: 'c', type: 'red-flags' },
      ],
    ],
  ])('reports %s, naming both files', (_, other) => {
    const problems = findQuizOutlineProblems(
      [
        { file: 'content/lessons/en/x.mdx', slug: 'x', locale: 'en', outline: other },
        {
          file: 'content/lessons/vi/x.mdx',
          slug: 'x',
          locale: 'vi',
          outline: outlineOf(readQuizSource(mdx)),
        },
      ],
      'vi',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/lessons\/en\/x\.mdx → quiz: question ids differ from content\/lessons\/vi\/x\.mdx/,
    );
  });

  it('finds duplicate ids', () => {
    expect(duplicateIds(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
    expect(duplicateIds(['a', 'b'])).toEqual([]);
  });
});
