import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import EveryType from '../fixtures/quiz/EveryType.astro';
import MessageKindEmail from '../fixtures/quiz/MessageKindEmail.astro';
import { Item, Message, Option, Part, Question, Quiz } from '../../src/components/mdx/quiz';
import { LessonContentError } from '../../src/lib/build/content-error';
import { buildScreens, QUIZ_PLACE } from '../../src/lib/build/deck';
import { answerKey } from '../../src/lib/build/quiz-model';
import { renderLessonContent } from '../../src/lib/build/lesson-content';
import { childToken, readChildren } from '../../src/lib/build/mdx-children';
import type { PageContext } from '../../src/lib/build/page-context';
import { quizQuestionSchema } from '../../src/schemas/quiz';

// The real quiz components, rendered by Astro's container API as a lesson page renders them.
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const FILE = 'content/lessons/vi/a.mdx';
const lessonPage: PageContext = { locale: 'vi', view: 'lesson', lesson: { slug: 'a', sourceFile: FILE } };
const bookletPage: PageContext = { locale: 'vi', view: 'booklet' };

type Component = Parameters<AstroContainer['renderToString']>[0];
const render = (
  component: Component,
  page: PageContext,
  options: { props?: Record<string, unknown>; slot?: string } = {},
) =>
  container.renderToString(component, {
    locals: { page },
    props: options.props ?? {},
    slots: options.slot === undefined ? {} : { default: options.slot },
  });

/** Renders like a lesson's view does, and returns the error it reports. */
async function errorOf(
  component: Component,
  options: { props?: Record<string, unknown>; slot?: string } = {},
  page = lessonPage,
) {
  try {
    await renderLessonContent(FILE, () => render(component, page, options));
  } catch (error) {
    expect(error).toBeInstanceOf(LessonContentError);
    return (error as LessonContentError).message;
  }
  throw new Error('expected a content error');
}

describe('a quiz written with every question type', () => {
  const lesson = () => renderLessonContent(FILE, () => render(EveryType, lessonPage), QUIZ_PLACE);

  it('becomes one typed quiz, each question with the HTML it drew, taken out of the lesson', async () => {
    const { html, quiz } = await lesson();
    expect(html).toContain('<h2>Trước khi làm</h2>');
    expect(html).toContain(QUIZ_PLACE);
    expect(html).not.toContain('quiz-item');
    expect(quiz?.passMark).toBe(60);
    const questions = quiz!.questions.map(({ question }) => question);
    expect(questions.map((q) => [q.id, q.type])).toEqual([
      ['one', 'single'],
      ['many', 'multiple'],
      ['tf', 'true-false'],
      ['steps', 'order'],
      ['flags', 'red-flags'],
    ]);
    for (const question of questions) expect(quizQuestionSchema.safeParse(question).success).toBe(true);
    for (const { question, html: drawn } of quiz!.questions) {
      expect(drawn).toMatch(/^<li class="quiz-item">/);
      expect(drawn).toContain(`question-id="${question.id}"`);
    }
  });

  it('keeps what authors wrote: option letters, rich text, a ">" in a prompt', async () => {
    const [one] = (await lesson()).quiz!.questions;
    expect(one!.question).toMatchObject({
      prompt: 'Vào Cài đặt > Bảo mật?',
      options: [
        {
          id: 'a',
          content: { html: 'Có' },
          correct: true,
          explanation: { text: 'Vì mục đó nằm trong phần cài đặt của máy.' },
        },
        { id: 'b', content: { html: '<strong>Không</strong>', text: 'Không' }, correct: false },
        { id: 'c', content: { html: 'Hỏi người bán máy' }, correct: false },
      ],
    });
    expect(one!.html).toContain('<legend>Vào Cài đặt &gt; Bảo mật?</legend>');
  });

  it('shows options in the order the site layout gives, keeping the ids progress stores', async () => {
    const order = new Map([
      ['one', [1, 2, 0]],
      ['many', [2, 0, 1]],
    ]);
    const { quiz } = await renderLessonContent(FILE, () => render(EveryType, lessonPage), QUIZ_PLACE, order);
    const [one, many] = quiz!.questions;
    if (one?.question.type !== 'single' || many?.question.type !== 'multiple')
      throw new Error('expected choices');
    expect(one.question.options.map((o) => [o.id, o.correct])).toEqual([
      ['b', false],
      ['c', false],
      ['a', true],
    ]);
    expect(many.question.options.map((o) => o.id)).toEqual(['c', 'a', 'b']);
    // The drawn inputs, and so the projector and print, follow the same order.
    expect([...one.html.matchAll(/value="([a-z])"/g)].map((m) => m[1])).toEqual(['b', 'c', 'a']);
    for (const { html } of quiz!.questions) expect(html).not.toMatch(/hs-option/);
    const key = answerKey([many.question], { true: 'Đúng', false: 'Sai' });
    expect(key[0]!.answers.map((a) => a.letter)).toEqual(['B', 'C']);
  });

  it('fails, naming the question, when the layout and the options disagree', async () => {
    await expect(
      renderLessonContent(FILE, () => render(EveryType, lessonPage), '', new Map([['one', [0, 1]]])),
    ).rejects.toThrow(/<Question id="one">.*the quiz layout orders 2 options but the question has 3/s);
  });

  it('numbers the red-flag parts and makes links in a scam message dead text', async () => {
    const flags = (await lesson()).quiz!.questions[4]!;
    if (flags.question.type !== 'red-flags') throw new Error('expected a red-flags question');
    const { message } = flags.question;
    expect(message.kind).toBe('chat');
    expect(message.parts.map((p) => [p.id, p.flag])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    expect(message.bodyHtml).toMatch(/<span class="rf-part" data-part="p1" data-flag(="")?>/);
    for (const html of [message.bodyHtml, message.parts[0]!.content.html, flags.html]) {
      expect(html).not.toContain('<a ');
      expect(html).toContain('<span class="rf-fake-link">https://bank.invalid</span>');
    }
  });

  it('gives the printed answer key of every type, with the reasons', async () => {
    const { quiz } = await lesson();
    const key = answerKey(
      quiz!.questions.map(({ question }) => question),
      { true: 'Đúng', false: 'Sai' },
    );
    expect(key).toEqual([
      {
        kind: 'choice',
        promptHtml: 'Vào Cài đặt &gt; Bảo mật?',
        answers: [{ html: 'Có', explanationHtml: 'Vì mục đó nằm trong phần cài đặt của máy.', letter: 'A' }],
        explanationHtml: '',
      },
      {
        kind: 'choice',
        promptHtml: 'Nhiều đáp án?',
        answers: [
          { html: 'A', explanationHtml: 'Đúng, vì bài học nói rõ điều này ở bước đầu.', letter: 'A' },
          { html: 'B', explanationHtml: 'Đúng, vì bài học nói rõ điều này ở bước hai.', letter: 'B' },
        ],
        explanationHtml: '',
      },
      {
        kind: 'choice',
        promptHtml: 'Trời xanh.',
        answers: [{ html: 'Sai', explanationHtml: 'Có khi trời xám vì mây che kín.' }],
        explanationHtml: '',
      },
      {
        kind: 'order',
        promptHtml: 'Xếp thứ tự.',
        answers: ['Một', 'Hai', 'Ba'].map((html) => ({ html, explanationHtml: '' })),
        explanationHtml: 'Đếm từ nhỏ đến lớn thì số nào cũng theo sau số liền trước.',
      },
      {
        kind: 'red-flags',
        promptHtml: 'Chạm phần đáng ngờ.',
        answers: [
          {
            html: 'sẽ bị khóa tại <span class="rf-fake-link">https://bank.invalid</span>',
            explanationHtml: 'Dọa khóa để bạn sợ mà làm theo ngay.',
          },
        ],
        explanationHtml: 'Tin giả.',
      },
    ]);
  });

  it('becomes projector screens: the sections, then one screen per question where the quiz stood', async () => {
    const { html, quiz } = await lesson();
    const screens = buildScreens(
      html,
      quiz!.questions.map((q) => q.html),
      (n, total) => `Câu ${n}/${total}`,
    );
    expect(screens.map((s) => [s.kind, s.title])).toEqual([
      ['section', 'Trước khi làm'],
      ['question', 'Câu 1/5'],
      ['question', 'Câu 2/5'],
      ['question', 'Câu 3/5'],
      ['question', 'Câu 4/5'],
      ['question', 'Câu 5/5'],
      ['section', 'Sau khi làm'],
    ]);
    expect(screens[1]!.html).toContain('question-id="one"');
    expect(screens[5]!.html).toContain('question-id="flags"');
  });
});

/** A <Question> with children handed over as its children hand them (tokens), inside a lesson. */
const question = (props: Record<string, unknown>, ...children: string[]) =>
  errorOf(Question, { props, slot: children.join('') });
const option = (correct: boolean, explanation = 'Vì sao.', text = correct ? 'Có' : 'Không') =>
  childToken('option', { content: { html: text, text }, correct, explanation });
const item = (text: string) => childToken('item', { content: { html: text, text } });
const where = (id: string) => `${FILE} → <Question id="${id}">: `;

describe('mistakes in a quiz fail the build, naming the file, the question and what to fix', () => {
  it.each([
    [
      'single choice with two right options',
      { id: 'one', prompt: 'Hỏi?' },
      [option(true), option(true)],
      'a single-choice question needs exactly one <Option correct>, found 2',
    ],
    [
      'multiple choice without a right option',
      { id: 'many', type: 'multiple', prompt: 'Hỏi?' },
      [option(false), option(false)],
      'a multiple-choice question needs at least one <Option correct>',
    ],
    [
      'an order question with two steps',
      { id: 'steps', type: 'order', prompt: 'Xếp.', explanation: 'Vì.' },
      [item('Một'), item('Hai')],
      'an order question needs at least 3 <Item>s, found 2',
    ],
    [
      'a true-false question without an explanation',
      { id: 'tf', type: 'true-false', prompt: 'Đúng?', answer: true },
      [],
      'explanation="…" is required on a true-false question',
    ],
    [
      'an option without an explanation',
      { id: 'one', prompt: 'Hỏi?' },
      [option(true), option(false, '')],
      'option 2 ("Không") needs an explanation="…"',
    ],
    [
      'a red-flags question without a message',
      { id: 'flags', type: 'red-flags', prompt: 'Chạm.', explanation: 'Vì.' },
      [],
      'needs exactly one <Message> with <Part>s, found 0',
    ],
  ])('%s', async (_, props, children, problem) => {
    expect(await question(props, ...children)).toContain(where(props.id) + problem);
  });

  it.each([
    [{ id: 'Where Install', prompt: 'Hỏi?' }, 'id must be lowercase-kebab'],
    [{ id: 'a'.repeat(101), prompt: 'Hỏi?' }, 'id must be at most 100 characters'],
    [{ id: 'essay', type: 'essay', prompt: 'Hỏi?' }, 'type must be one of single, multiple, true-false'],
    [{ id: 'no-prompt', prompt: ' ' }, 'prompt is required'],
    [{ id: 'tf', type: 'true-false', prompt: 'Đúng?', answer: 'yes', explanation: 'x' }, 'answer is written'],
    [{ id: 'typo', prompt: 'Hỏi?', explaination: 'x' }, 'unknown prop explaination'],
  ])('a bad prop on <Question>: %o', async (props, problem) => {
    const message = await question(props, option(true), option(false));
    expect(message).toContain(`${FILE} → <Question id="${props.id}">: ${problem}`);
  });

  it('says how the question type is written', async () => {
    try {
      await renderLessonContent(FILE, () =>
        render(Question, lessonPage, { props: { id: 'steps', type: 'order', prompt: 'Xếp.' }, slot: '' }),
      );
    } catch (error) {
      expect((error as LessonContentError).hint).toContain('<Item>first</Item>');
      return;
    }
    throw new Error('expected a content error');
  });

  it('an unknown <Message kind>, even in a booklet (it once crashed the build naming no file)', async () => {
    for (const page of [lessonPage, bookletPage]) {
      expect(await errorOf(MessageKindEmail, {}, page)).toBe(
        `${FILE} → <Question id="mail-flags"> <Message>: kind must be one of sms, chat, call, payment (got "email")`,
      );
    }
  });

  it('bad props on the children, named with their question', async () => {
    const [first] = await Promise.all([
      errorOf(Option, { props: { correct: 'yes', explanation: 'x' }, slot: 'A' }),
    ]);
    expect(first).toContain(`${FILE} → <Option>: correct is written {true} or {false}, or left out`);
    expect(await errorOf(Part, { props: { flag: true, why: 'x' }, slot: 'A' })).toContain(
      '<Part>: unknown prop why',
    );
    expect(await errorOf(Message, { props: { kind: 'sms' }, slot: '' })).toContain(
      '<Message>: from is required',
    );
    expect(await errorOf(Item, { props: { correct: true }, slot: 'A' })).toContain(
      '<Item>: unknown prop correct',
    );
  });

  it('a quiz without questions, with a repeated id, or with a bad pass mark', async () => {
    const drawn = (id: string) =>
      childToken('question', { id, prompt: 'x', type: 'true-false', answer: true, explanation: 'y' }) +
      `<li class="quiz-item">${id}</li>`;
    expect(await errorOf(Quiz, { slot: '' })).toBe(`${FILE} → <Quiz>: has no <Question>`);
    expect(await errorOf(Quiz, { slot: drawn('a') + drawn('b') + drawn('a') })).toBe(
      `${FILE} → <Question id="a">: the id is used twice in this quiz`,
    );
    expect(await errorOf(Quiz, { props: { passMark: 120 }, slot: drawn('a') })).toContain(
      `${FILE} → <Quiz>: passMark must be a whole number from 1 to 100 (got 120)`,
    );
  });

  it('a child outside its parent', async () => {
    expect(await errorOf(Option, { props: { correct: true, explanation: 'x' }, slot: 'A' })).toBe(
      `${FILE} → <Option>: must be inside a <Question>`,
    );
  });

  it('everything that goes right leaves no token behind', async () => {
    const { html } = await renderLessonContent(FILE, () => render(EveryType, lessonPage));
    expect(readChildren('option', html).values).toEqual([]);
    expect(html).not.toContain('<!--hs:');
  });
});
