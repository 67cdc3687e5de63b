/**
 * A topic's look (issue #19): its icon and accent colour, given in `content/tracks/<id>.json` and
 * `content/tracks/<id>.svg`, checked here so a topic added later gets them right or fails the build
 * naming its file and field. Pure functions, tested without a build.
 */

/** The backgrounds a topic's colour is drawn on: page and surface, light and dark (tokens.css). */
export const TOPIC_BACKGROUNDS = {
  light: ['#ffffff', '#f2f5f9'],
  dark: ['#121417', '#1e2329'],
} as const;
/** WCAG AA for text: the colour also draws a topic's title, count and icon. */
export const TOPIC_MIN_CONTRAST = 4.5;

/** The elements an icon may use: plain shapes, styled by the site's CSS (stroke in the topic's colour). */
const ICON_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'rect',
  'line',
  'polyline',
  'polygon',
]);
const ICON_ATTRIBUTES = new Set([
  'xmlns',
  'viewBox',
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'points',
  'transform',
]);
/** Every topic icon is drawn on this grid, so they sit together as one family. */
export const ICON_VIEW_BOX = '0 0 24 24';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface TopicLook {
  /** The track's JSON file, for messages. */
  file: string;
  id: string;
  accent: { light: string; dark: string };
  /** The icon file's name and its text (undefined: the file is missing). */
  icon: { file: string; svg: string | undefined };
}

/** Problems with the topics' colours and icons, each naming its file and field. */
export function findTopicLookProblems(topics: TopicLook[]): string[] {
  const problems: string[] = [];
  for (const topic of topics) {
    for (const scheme of ['light', 'dark'] as const)
      for (const background of TOPIC_BACKGROUNDS[scheme]) {
        const ratio = contrastRatio(topic.accent[scheme], background);
        if (ratio < TOPIC_MIN_CONTRAST)
          problems.push(
            `${topic.file}: accent.${scheme} ${topic.accent[scheme]} has contrast ${ratio.toFixed(2)}:1 on ${background}, under ${TOPIC_MIN_CONTRAST}:1`,
          );
      }
    problems.push(...findIconProblems(topic.icon.file, topic.icon.svg));
  }
  return problems;
}

/** An icon must be our own plain shapes on the shared grid: no colours, text, pictures or scripts. */
export function findIconProblems(file: string, svg: string | undefined): string[] {
  if (svg === undefined) return [`${file}: missing (each topic needs its icon, an SVG named in "icon")`];
  const problems: string[] = [];
  const tags = [...svg.matchAll(/<\s*([a-zA-Z][\w:-]*)([^>]*)>/g)];
  if (tags[0]?.[1] !== 'svg') problems.push(`${file}: must start with <svg>`);
  if (!new RegExp(`viewBox="${ICON_VIEW_BOX}"`).test(tags[0]?.[2] ?? ''))
    problems.push(`${file}: <svg> needs viewBox="${ICON_VIEW_BOX}", the grid every topic icon is drawn on`);
  for (const [, name = '', attributes = ''] of tags) {
    if (!ICON_ELEMENTS.has(name)) problems.push(`${file}: <${name}> is not allowed (plain shapes only)`);
    for (const [, attribute = ''] of attributes.matchAll(/([\w:-]+)\s*=/g))
      if (!ICON_ATTRIBUTES.has(attribute))
        problems.push(
          `${file}: <${name}> has ${attribute}="…"; colours and styles come from the site's CSS, so one icon reads in any theme and in print`,
        );
  }
  if (/<!|<\?(?!xml)/.test(svg.replace(/^<\?xml[^>]*>/, '')))
    problems.push(`${file}: no comments, doctype or processing instructions`);
  return problems;
}

/** The inside of an icon's <svg>, for a <symbol> in the topics sprite. */
export function iconShapes(svg: string): string {
  return svg
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .trim();
}

/** The CSS giving each topic's elements (`data-topic="<id>"`) its colour as `--topic`. */
export function topicColoursCss(topics: { id: string; accent: { light: string; dark: string } }[]): string {
  const rules = (scheme: 'light' | 'dark') =>
    topics.map((t) => `[data-topic="${t.id}"]{--topic:${t.accent[scheme]}}`).join('');
  return `${rules('light')}@media (prefers-color-scheme:dark){${rules('dark')}}`;
}
