import { exportFileName, makeExportFile } from '../lib/export-file';
import { $profile } from '../stores/profile';
import type { ExportFile } from '../schemas/export-file';

/** Saves text as a file on the learner's device; nothing leaves the device. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the stored progress text this version could not read, as it was, for someone to rescue. */
export function downloadBackup(text: string): void {
  downloadFile(exportFileName('backup', new Date(), 'json'), text, 'application/json');
}

/** Saves a progress export as `hoc-so-<profile>-<date>.json`. */
export function downloadExport(file: ExportFile): void {
  downloadFile(
    exportFileName(file.profile ?? '', new Date(), 'json'),
    JSON.stringify(file, null, 2),
    'application/json',
  );
}

/** Saves the current learner's progress as an export file. */
export function downloadCurrentExport(): void {
  downloadExport(makeExportFile($profile.get(), new Date()));
}
