/** Text as a CSS string literal (for `content:` and custom properties), on one line. */
export const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
