import { renderSync } from 'ultrahtml';
import { cssString } from '../css-string';
import { isContent, isMatch, parseFragment, renderNodes, selectAll } from './html';

/** The printable guide: ids for booklets, running headers and footers, pictures beside steps. Build-time only. */
const ID_LISTS = ['aria-describedby', 'aria-labelledby', 'aria-controls'];

/**
 * Gives every id in a fragment a prefix, and every reference to one (`for`, ARIA lists, `#` links),
 * so several guides can share one booklet page without clashing ids.
 */
export function prefixIds(html: string, prefix: string): string {
  const tree = parseFragment(html).document;
  const ids = new Set(selectAll(tree, '[id]').map((n) => n.attributes.id!));
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  for (const node of selectAll(tree, '*')) {
    const a = node.attributes;
    if (a.id) a.id = rename(a.id);
    if (a.for) a.for = rename(a.for);
    for (const name of ID_LISTS) if (a[name]) a[name] = a[name].split(/\s+/).map(rename).join(' ');
    if (a.href?.startsWith('#')) a.href = `#${rename(a.href.slice(1))}`;
  }
  return renderSync(tree);
}

/** What a guide's printed pages repeat in their margins. */
export interface RunningText {
  /** Named page for one guide in a booklet; omit for a page with a single guide. */
  page?: string | undefined;
  /** The element (by id) whose pages these are, when `page` is set. */
  elementId?: string | undefined;
  topLeft: string;
  topRight: string;
  bottomLeft: string;
  /**
   * What follows `bottomLeft`: the guide's short address when the build knows it, else a custom
   * property that `<site-qr>` fills in the browser with the address the page is viewed at.
   */
  address?: { text: string } | { property: string } | undefined;
  /** e.g. "Page": the footer reads "Page 2/5". */
  pageWord: string;
}

/** Words the guide's CSS draws (beside each step's tick box), as custom properties. */
export const guideWordsCss = (done: string) => `:root{--guide-done:${cssString(done)}}`;

/** The custom property holding a guide's address in the browser (`<site-qr page-property>`). */
export const guideAddressProperty = (elementId?: string) =>
  elementId ? `--hs-address-${elementId}` : '--hs-address';

const addressCss = (address: RunningText['address']) =>
  !address ? '' : 'text' in address ? ` ${cssString(` · ${address.text}`)}` : ` var(${address.property},"")`;

/** `@page` margin boxes for each guide (a booklet gives each guide a named page). */
export function guidePageCss(pages: RunningText[]): string {
  return pages
    .map((p) => {
      const boxes =
        `@top-left{content:${cssString(p.topLeft)}}@top-right{content:${cssString(p.topRight)}}` +
        `@bottom-left{content:${cssString(p.bottomLeft)}${addressCss(p.address)}}` +
        `@bottom-right{content:${cssString(`${p.pageWord} `)} counter(page) "/" counter(pages)}`;
      return p.page && p.elementId
        ? `@page ${p.page}{${boxes}}#${p.elementId}{page:${p.page}}`
        : `@page{${boxes}}`;
    })
    .join('');
}

/**
 * A step's content split into its text and a closing picture, so print can set the picture beside
 * the text instead of below it. Steps whose picture isn't last keep everything as text.
 */
export function splitStepPicture(html: string): { text: string; picture: string } {
  const nodes = parseFragment(html).children;
  const last = nodes.findLast(isContent);
  if (!last || !isMatch(last, '.phone-screen')) return { text: html, picture: '' };
  return { text: renderNodes(nodes.filter((n) => n !== last)), picture: renderSync(last) };
}
