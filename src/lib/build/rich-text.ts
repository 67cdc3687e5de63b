/** Small helpers for the HTML that MDX children render. Build-time only. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of an HTML fragment, for titles and checks. */
export function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (whole, code: string) => {
      if (code.startsWith('#')) {
        const value =
          code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isNaN(value) ? whole : String.fromCodePoint(value);
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** MDX wraps multi-line children in one <p>; inside an option, item or part that is just noise. */
export function unwrapParagraph(html: string): string {
  const trimmed = html.trim();
  const wrapped = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return wrapped && !wrapped[1]!.includes('<p>') ? wrapped[1]!.trim() : trimmed;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Children's HTML and its visible text. */
export const richText = (html: string) => {
  const inner = unwrapParagraph(html);
  return { html: inner, text: textOf(inner) };
};

/** A plain-text prop (an explanation) as rich text. */
export const plainText = (text: string) => ({ html: escapeHtml(text.trim()), text: text.trim() });
