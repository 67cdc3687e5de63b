// The bench's results: figures per lesson, the ratios, the two yes/no lines, and the table printed
// in the terminal (Markdown, so it can be pasted into the README as it is).

/** Our pages should weigh at most this share of Starlight's, on every measure (issue #18). */
export const RATIO_LIMIT = 0.5;
/** Gzip bytes of JavaScript a lesson may load before the reader does anything (lesson-weight.spec.ts). */
export const JS_BEFORE_INTERACTION_LIMIT = 8 * 1024;
/** Our HTML and render-blocking CSS on every lesson, the longest included (issue #18). */
export const HTML_CSS_LIMIT = 12.5 * 1024;

/** The three measures compared, in table order. */
export const MEASURES = /** @type {const} */ ([
  { key: 'htmlCss', label: 'HTML+CSS' },
  { key: 'js', label: 'JS' },
  { key: 'page', label: 'Page' },
]);

/**
 * @typedef {import('./weigh.mjs').PageWeight} PageWeight
 * @typedef {'htmlCss' | 'js' | 'page'} Measure
 */

/**
 * @typedef {object} SiteFigures
 * @property {number} htmlCss
 * @property {number} js
 * @property {number} page
 * @property {number} jsBeforeInteraction
 * @property {number} requests
 * @property {import('./weigh.mjs').WeighedResponse[]} responses  what was counted, file by file
 */

/**
 * @typedef {object} LessonResult
 * @property {string} slug
 * @property {string} path
 * @property {SiteFigures} ours
 * @property {SiteFigures} starlight
 * @property {Record<Measure, number | null>} ratios  ours / Starlight (null when Starlight's is 0)
 */

/** @param {PageWeight} weight @returns {SiteFigures} */
export const figures = ({ htmlCss, js, page, jsBeforeInteraction, requests, responses }) => ({
  htmlCss,
  js,
  page,
  jsBeforeInteraction,
  requests,
  // Paths rather than addresses: the ports change from run to run.
  responses: responses.map((response) => ({ ...response, url: new URL(response.url).pathname })),
});

/**
 * @param {string} slug
 * @param {string} path
 * @param {PageWeight} ours
 * @param {PageWeight} starlight
 * @returns {LessonResult}
 */
export function lessonResult(slug, path, ours, starlight) {
  /** @param {Measure} key */
  const ratio = (key) => (starlight[key] > 0 ? ours[key] / starlight[key] : null);
  return {
    slug,
    path,
    ours: figures(ours),
    starlight: figures(starlight),
    ratios: { htmlCss: ratio('htmlCss'), js: ratio('js'), page: ratio('page') },
  };
}

/**
 * Whether each target of issue #18 holds on every lesson: the whole page at most half of
 * Starlight's (the other ratios are reported, not targets), JS before interaction and HTML+CSS
 * before first render within their absolute limits.
 *
 * @param {LessonResult[]} lessons
 */
export function verdicts(lessons) {
  /** @param {Measure} key */
  const withinRatio = (key) => lessons.every((lesson) => (lesson.ratios[key] ?? Infinity) <= RATIO_LIMIT);
  const perMeasure = { htmlCss: withinRatio('htmlCss'), js: withinRatio('js'), page: withinRatio('page') };
  return {
    ratioWithinLimit: perMeasure.page,
    ratioWithinLimitPerMeasure: perMeasure,
    jsBeforeInteractionWithinLimit: lessons.every(
      (lesson) => lesson.ours.jsBeforeInteraction <= JS_BEFORE_INTERACTION_LIMIT,
    ),
    htmlCssWithinLimit: lessons.every((lesson) => lesson.ours.htmlCss <= HTML_CSS_LIMIT),
  };
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number | null} ratio */
const formatRatio = (ratio) => (ratio === null ? '–' : ratio.toFixed(2));
/** @param {boolean} yes */
export const yesNo = (yes) => (yes ? 'yes' : 'no');

/**
 * A Markdown table whose columns line up in a terminal too. Numbers are right-aligned.
 *
 * @param {string[]} header
 * @param {string[][]} rows
 */
function markdownTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  /** @param {string[]} row */
  const line = (row) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * The table: per lesson, each measure for us, for Starlight and their ratio, then our JS before
 * any interaction; a last row adds the lessons up.
 *
 * @param {LessonResult[]} lessons
 */
export function resultsTable(lessons) {
  const header = ['Lesson'];
  for (const { label } of MEASURES) header.push(`${label} ours`, 'Starlight', 'ratio');
  header.push('Ours: JS before interaction');
  /** @param {string} name @param {SiteFigures} ours @param {SiteFigures} starlight */
  const row = (name, ours, starlight) => [
    name,
    ...MEASURES.flatMap(({ key }) => [
      kb(ours[key]),
      kb(starlight[key]),
      formatRatio(starlight[key] > 0 ? ours[key] / starlight[key] : null),
    ]),
    kb(ours.jsBeforeInteraction),
  ];
  /** @param {'ours' | 'starlight'} side @returns {SiteFigures} */
  const total = (side) => {
    /** @param {(f: SiteFigures) => number} pick */
    const sum = (pick) => lessons.reduce((acc, lesson) => acc + pick(lesson[side]), 0);
    return {
      htmlCss: sum((f) => f.htmlCss),
      js: sum((f) => f.js),
      page: sum((f) => f.page),
      jsBeforeInteraction: sum((f) => f.jsBeforeInteraction),
      requests: sum((f) => f.requests),
      responses: [],
    };
  };
  const rows = lessons.map((lesson) => row(lesson.slug, lesson.ours, lesson.starlight));
  if (lessons.length > 1) rows.push(row('all (sum)', total('ours'), total('starlight')));
  return markdownTable(header, rows);
}
