/**
 * "Save for offline": which of a lesson's files (pictures, printable guide, projector page) are
 * already in the browser's caches, and how much is left to download. Pure; the element does I/O.
 * The list comes from /{lang}/offline.json, written by src/tooling/service-workers.mjs.
 */
export interface OfflineFile {
  url: string;
  /** The runtime cache the service worker reads this file from. */
  cache: string;
  bytes: number;
}
export interface OfflineLesson {
  slug: string;
  url: string;
  files: OfflineFile[];
}
export interface OfflineManifest {
  lessons: OfflineLesson[];
}

export const missingFiles = (lessons: OfflineLesson[], cached: ReadonlySet<string>): OfflineFile[] =>
  lessons.flatMap((lesson) => lesson.files.filter((file) => !cached.has(file.url)));

export const isSaved = (lesson: OfflineLesson, cached: ReadonlySet<string>) =>
  lesson.files.every((file) => cached.has(file.url));

export const totalBytes = (files: OfflineFile[]) => files.reduce((sum, file) => sum + file.bytes, 0);

/** "2,1 MB" in Vietnamese, "2.1 MB" in English; at least 0.1 so nothing shows as "0 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 0 });
  return bytes >= 1024 * 1024
    ? `${number.format(bytes / 1024 / 1024)} MB`
    : `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
