import { PROGRESS_FORMAT, PROGRESS_VERSION, type Profile } from '../schemas/progress';
import type { ExportFile } from '../schemas/export-file';

/**
 * A learner's progress as a file to download: what every page needs to offer a copy when storage
 * fails. Kept apart from transfer.ts (CSV, import preview, merging), which only the progress page loads.
 */
export function makeExportFile(
  profile: Pick<Profile, 'name' | 'learnerId' | 'lessons' | 'workshop' | 'signed'>,
  now: Date,
): ExportFile {
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exported: now.toISOString(),
    profile: profile.name.trim() || null,
    learnerId: profile.learnerId,
    ...(profile.workshop ? { workshop: profile.workshop } : {}),
    ...(profile.signed?.length ? { signed: profile.signed } : {}),
    lessons: profile.lessons,
  };
}

/** "Nguyễn Thị Đào" → "nguyen-thi-dao": file names any phone or computer accepts. */
export function fileSafeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** The day `date` falls on where the learner is, YYYY-MM-DD. */
export function localDay(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

/** `hoc-so-lan-2026-11-29.json`; the date is the learner's local day. */
export function exportFileName(profileName: string, date: Date, extension: 'json' | 'csv'): string {
  const who = fileSafeName(profileName);
  return `hoc-so-${who ? `${who}-` : ''}${localDay(date)}.${extension}`;
}
