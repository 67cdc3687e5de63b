import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fact sheets (content/facts/*.md) are where every fact in a lesson comes from, each with the
 * article it was checked against. A lesson's `sources:` may link only those articles.
 */
export const FACT_SHEET_FOLDER = 'content/facts';

/** Every http(s) address written in a fact sheet, without trailing punctuation. */
export function urlsInFactSheet(markdown: string): string[] {
  return [...markdown.matchAll(/https?:\/\/[^\s<>()\]]+/g)].map((match) => match[0].replace(/[.,;:]+$/, ''));
}

/** The addresses in all fact sheets under `folder` (from the project root). */
export function readFactSheetUrls(folder = FACT_SHEET_FOLDER): Set<string> {
  const files = readdirSync(folder).filter((name) => name.endsWith('.md'));
  return new Set(files.flatMap((name) => urlsInFactSheet(readFileSync(join(folder, name), 'utf8'))));
}
