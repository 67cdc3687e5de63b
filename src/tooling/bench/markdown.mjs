// A lesson's MDX as plain Markdown, for the Starlight side of the benchmark: the text a learner
// reads on our lesson page (summary, objectives, body, key terms, who to call, sources) in the
// nearest Markdown, with no quiz and no trainer notes. A line-and-regex converter on purpose: the
// lessons use a handful of components, and any it does not know stops the conversion.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { en } from '../../i18n/en.ts';
import { format } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';

/** @type {Record<string, Record<string, string>>} */
const STRINGS = { vi, en };

/**
 * @typedef {object} LessonFrontMatter
 * @property {string} title
 * @property {string} summary
 * @property {string} track
 * @property {string[]} objectives
 * @property {{ term: string; meaning: string }[]} keyTerms
 * @property {{ title: string; url?: string; date?: string | Date }[]} sources
 * @property {string} updated  `YYYY-MM-DD`
 */

/**
 * @typedef {object} ConvertedLesson
 * @property {string} title
 * @property {string} markdown  the .md file, front matter (title, description) included
 * @property {string[]} images  site paths of the pictures it shows, e.g. `/lessons/x/store.svg`
 */

/** @param {string} text */
const escapeAlt = (text) => text.replace(/([[\]\\])/g, '\\$1');

/**
 * A component's string attributes (`name="value"`); lessons give no other kind outside the quiz.
 *
 * @param {string} attributes
 * @returns {Record<string, string>}
 */
function readAttributes(attributes) {
  return Object.fromEntries([...attributes.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** @param {string} text @param {string} prefix */
const prefixLines = (text, prefix) =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? prefix.trimEnd() : prefix + line))
    .join('\n');

/** @param {string} block */
const trimBlankLines = (block) => block.replace(/^\s*\n|\n\s*$/g, '');

/**
 * @param {string} source  the .mdx file
 * @param {'vi' | 'en'} lang
 * @returns {ConvertedLesson}
 */
export function lessonToMarkdown(source, lang) {
  const strings = STRINGS[lang];
  if (!strings) throw new Error(`No UI strings for language "${lang}".`);
  /** @param {string} key @param {Record<string, string | number>} [params] */
  const t = (key, params) => {
    const text = strings[key];
    if (text === undefined) throw new Error(`No UI string "${key}" in ${lang}.`);
    return format(text, params);
  };

  const parts = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!parts) throw new Error('The lesson has no front matter.');
  /** @type {LessonFrontMatter} */
  const data = parse(parts[1] ?? '');
  /** @type {string[]} */
  const images = [];

  let body = (parts[2] ?? '')
    // The quiz is left out: the Starlight side carries only the lesson text.
    .replace(/<Quiz>[\s\S]*?<\/Quiz>/g, '')
    // Trainer notes show only in projector mode, never on the lesson page.
    .replace(/<TrainerNote>[\s\S]*?<\/TrainerNote>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<PhoneScreen\s([^>]*?)\/>/g, (_whole, /** @type {string} */ attributes) => {
      const { src, alt, caption } = readAttributes(attributes);
      if (!src || alt === undefined) throw new Error(`<PhoneScreen ${attributes}> needs src and alt.`);
      images.push(src);
      return `![${escapeAlt(alt)}](${src})${caption ? `\n\n*${caption}*` : ''}`;
    })
    .replace(/<GetHelp\s*\/>/g, () =>
      [
        `### ${t('getHelp.title')}`,
        t('getHelp.who'),
        t('getHelp.never'),
        ['neverCodes', 'neverMoney', 'neverPhone', 'neverCard']
          .map((key) => `- ${t(`getHelp.${key}`)}`)
          .join('\n'),
      ].join('\n\n'),
    )
    // The warning box: a block quote under its bold title.
    .replace(
      /<StopCheck>([\s\S]*?)<\/StopCheck>/g,
      (_whole, /** @type {string} */ inner) =>
        `${prefixLines(`**${t('lesson.stopCheck')}**\n\n${trimBlankLines(inner)}`, '> ')}`,
    )
    // Numbered steps: an ordered list, each item a bold title and its text indented under it.
    .replace(/<Steps>([\s\S]*?)<\/Steps>/g, (_whole, /** @type {string} */ inner) => {
      const steps = [...inner.matchAll(/<Step\s([^>]*)>([\s\S]*?)<\/Step>/g)].map((m, index) => {
        const { title } = readAttributes(m[1] ?? '');
        if (!title) throw new Error(`<Step ${m[1] ?? ''}> needs a title.`);
        const marker = `${index + 1}. `;
        const text = trimBlankLines(m[2] ?? '');
        return `${marker}**${title}**\n\n${prefixLines(text, ' '.repeat(marker.length))}`;
      });
      if (steps.length === 0) throw new Error('<Steps> holds no <Step>.');
      return steps.join('\n\n');
    });

  const leftover = /<\/?[A-Z][A-Za-z]*/.exec(body);
  if (leftover) throw new Error(`No plain Markdown for the component ${leftover[0]}>.`);
  body = body.replace(/\n{3,}/g, '\n\n').trim();

  const sections = [
    data.summary,
    `## ${t('lesson.objectives')}`,
    data.objectives.map((objective) => `- ${objective}`).join('\n'),
    body,
    `## ${t('lesson.keyTerms')}`,
    data.keyTerms.map(({ term, meaning }) => `- **${term}**: ${meaning}`).join('\n'),
  ];
  // Our scam lessons end with the numbers to call (components/WhoToCall.astro).
  if (data.track === 'scams')
    sections.push(
      `## ${t('call.heading')}`,
      [
        ['113', t('call.police')],
        [t('call.bankName'), t('call.bank')],
        ['5656', t('call.report')],
        ['156', t('call.reportCall')],
      ]
        .map(([who, what]) => `- **${who ?? ''}**: ${what ?? ''}`)
        .join('\n'),
    );
  sections.push(
    `## ${t('lesson.sources')}`,
    data.sources
      .map((source) => {
        const date = source.date instanceof Date ? source.date.toISOString().slice(0, 10) : source.date;
        const name = source.url ? `[${source.title}](${source.url})` : source.title;
        return `- ${name}${date ? ` (${date.split('-').reverse().map(Number).join('/')})` : ''}`;
      })
      .join('\n'),
    t('lesson.updated', {
      date: String(data.updated).slice(0, 10).split('-').reverse().map(Number).join('/'),
    }),
  );

  const frontMatter = stringify({ title: data.title, description: data.summary }, { lineWidth: 0 });
  return {
    title: data.title,
    markdown: `---\n${frontMatter}---\n\n${sections.join('\n\n')}\n`,
    images: [...new Set(images)],
  };
}

/**
 * Checks that every picture a converted lesson shows exists in `public/`.
 *
 * @param {ConvertedLesson} lesson
 * @param {string} publicDir
 */
export function missingImages(lesson, publicDir) {
  return lesson.images.filter((src) => !existsSync(join(publicDir, src)));
}
