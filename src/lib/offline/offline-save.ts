/**
 * What works offline, topic by topic (issue #18). Pure; the service worker and the "Save this topic"
 * element do the I/O. The lists come from /{lang}/offline/{track}.json, one per topic, indexed by
 * /{lang}/offline.json; src/tooling/service-workers.mjs writes both after the build.
 *
 * Two levels, so nothing large is downloaded without the learner seeing its size:
 * - a visit to one lesson keeps the topic's lesson pages and their pictures ("read" files) in the
 *   background, when the topic is within TOPIC_AUTO_LIMIT and the browser doesn't ask to save data;
 * - "Save this topic" adds the printable guides and projector pages ("extra" files), on request.
 */
export type OfflineFileKind = 'page' | 'image' | 'guide' | 'deck';

export interface OfflineFile {
  url: string;
  /** The runtime cache the service worker reads this file from. */
  cache: string;
  /** Its download size from a host that compresses (gzip), as the budget tests weigh pages. */
  bytes: number;
  kind: OfflineFileKind;
}
export interface OfflineLesson {
  slug: string;
  url: string;
  files: OfflineFile[];
}
/** One topic's file: /{lang}/offline/{track}.json */
export interface TopicManifest {
  track: string;
  lessons: OfflineLesson[];
}
/** /{lang}/offline.json: where each topic's list is, and how big the topic is. */
export interface OfflineIndex {
  topics: { track: string; manifest: string; lessons: number; readBytes: number; bytes: number }[];
}

/** A topic's lesson pages and pictures are kept after a visit only up to this download size. */
export const TOPIC_AUTO_LIMIT = 1024 * 1024;

/** What reading the lessons needs: the pages and their pictures. */
export const isReadFile = (file: OfflineFile) => file.kind === 'page' || file.kind === 'image';

export const readFiles = (lessons: OfflineLesson[]) =>
  lessons.flatMap((lesson) => lesson.files.filter(isReadFile));

export const allFiles = (lessons: OfflineLesson[]) => lessons.flatMap((lesson) => lesson.files);

export const missingFiles = (files: OfflineFile[], cached: ReadonlySet<string>): OfflineFile[] =>
  files.filter((file) => !cached.has(file.url));

export const totalBytes = (files: OfflineFile[]) => files.reduce((sum, file) => sum + file.bytes, 0);

/**
 * The files a visit keeps in the background: the topic's lesson pages and pictures not cached yet,
 * if the whole topic's are within the limit and the learner's browser doesn't ask to save data.
 * Nothing otherwise: "Save this topic" then shows the size and asks.
 */
export function filesToKeepAfterVisit(
  topic: TopicManifest,
  cached: ReadonlySet<string>,
  saveData: boolean,
  limit = TOPIC_AUTO_LIMIT,
): OfflineFile[] {
  const files = readFiles(topic.lessons);
  if (saveData || totalBytes(files) > limit) return [];
  return missingFiles(files, cached);
}

/** A lesson is readable offline when its page and pictures are kept; saved when all its files are. */
export const isReadable = (lesson: OfflineLesson, cached: ReadonlySet<string>) =>
  lesson.files.filter(isReadFile).every((file) => cached.has(file.url));

export const isSaved = (lesson: OfflineLesson, cached: ReadonlySet<string>) =>
  lesson.files.every((file) => cached.has(file.url));

/**
 * The scripts a built page loads: its <script src> and the /_astro/ files its inline scripts
 * import, as they are written in the page (URLs to resolve against the page's address).
 */
export function scriptRefsInPage(html: string): string[] {
  const tags = [...html.matchAll(/<script[^>]+src=["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/["'`]([^"'`\s]*\/_astro\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]!);
  return [...new Set([...tags, ...inline])];
}

/**
 * The chunks a built script imports, statically ("./name.js") or later (`./name.js`), as written:
 * relative to the script. Together with scriptRefsInPage, everything a page may ever run.
 */
export const chunkRefsInScript = (code: string): string[] => [
  ...new Set([...code.matchAll(/["'`](\.\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]!)),
];

/** "2,1 MB" in Vietnamese, "2.1 MB" in English; at least 0.1 so nothing shows as "0 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  return bytes >= 1024 * 1024
    ? `${number.format(bytes / 1024 / 1024)} MB`
    : `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
