import { describe, expect, it } from 'vitest';
import {
  allFiles,
  filesToKeepAfterVisit,
  formatBytes,
  isReadable,
  isSaved,
  missingFiles,
  readFiles,
  totalBytes,
  TOPIC_AUTO_LIMIT,
  type OfflineLesson,
  type TopicManifest,
} from '../../src/lib/offline/offline-save';
import { isVisitMessage, VISIT_MESSAGE } from '../../src/lib/offline/visit-message';

const lessons: OfflineLesson[] = [
  {
    slug: 'scan-to-pay',
    url: '/vi/lessons/scan-to-pay/',
    files: [
      { url: '/vi/lessons/scan-to-pay/', cache: 'hocso-pages', bytes: 36_000, kind: 'page' },
      { url: '/vi/lessons/scan-to-pay/print/', cache: 'hocso-pages', bytes: 30_000, kind: 'guide' },
      { url: '/vi/lessons/scan-to-pay/present/', cache: 'hocso-pages', bytes: 20_000, kind: 'deck' },
      { url: '/lessons/scan-to-pay/scan.svg', cache: 'hocso-images', bytes: 5_000, kind: 'image' },
    ],
  },
  {
    slug: 'if-scammed',
    url: '/vi/lessons/if-scammed/',
    files: [
      { url: '/vi/lessons/if-scammed/', cache: 'hocso-pages', bytes: 40_000, kind: 'page' },
      { url: '/vi/lessons/if-scammed/print/', cache: 'hocso-pages', bytes: 40_000, kind: 'guide' },
    ],
  },
];
const topic: TopicManifest = { track: 'qr-payments', lessons };

describe('save for offline', () => {
  it('lists only what is not cached yet, and its size', () => {
    const cached = new Set(['/lessons/scan-to-pay/scan.svg', '/vi/lessons/scan-to-pay/']);
    const missing = missingFiles(allFiles(lessons), cached);
    expect(missing.map((f) => f.url)).toEqual([
      '/vi/lessons/scan-to-pay/print/',
      '/vi/lessons/scan-to-pay/present/',
      '/vi/lessons/if-scammed/',
      '/vi/lessons/if-scammed/print/',
    ]);
    expect(totalBytes(missing)).toBe(130_000);
  });

  it('counts the pages and pictures as what reading needs', () => {
    expect(readFiles(lessons).map((f) => f.kind)).toEqual(['page', 'image', 'page']);
  });

  it('counts a lesson as readable with its page and pictures, and saved only with every file', () => {
    const read = new Set(['/vi/lessons/scan-to-pay/', '/lessons/scan-to-pay/scan.svg']);
    expect(isReadable(lessons[0]!, read)).toBe(true);
    expect(isSaved(lessons[0]!, read)).toBe(false);
    expect(isReadable(lessons[1]!, read)).toBe(false);
    const all = new Set(allFiles(lessons).map((f) => f.url));
    expect(isSaved(lessons[0]!, all)).toBe(true);
    expect(isSaved(lessons[1]!, all)).toBe(true);
  });

  it('keeps the rest of a visited topic: its pages and pictures not yet cached, never the guides', () => {
    const cached = new Set(['/vi/lessons/scan-to-pay/']);
    expect(filesToKeepAfterVisit(topic, cached, false).map((f) => f.url)).toEqual([
      '/lessons/scan-to-pay/scan.svg',
      '/vi/lessons/if-scammed/',
    ]);
  });

  it('keeps nothing more when the browser asks to save data, or the topic is over the limit', () => {
    expect(filesToKeepAfterVisit(topic, new Set(), true)).toEqual([]);
    // 81,000 bytes to read: over an 80,000-byte limit, within the default one.
    expect(filesToKeepAfterVisit(topic, new Set(), false, 80_000)).toEqual([]);
    expect(filesToKeepAfterVisit(topic, new Set(), false)).toHaveLength(3);
    expect(TOPIC_AUTO_LIMIT).toBeGreaterThan(81_000);
  });

  it('recognises only well-formed visit messages', () => {
    expect(isVisitMessage({ type: VISIT_MESSAGE, page: '/vi/', saveData: false })).toBe(true);
    expect(isVisitMessage({ type: VISIT_MESSAGE })).toBe(false);
    expect(isVisitMessage({ type: 'other', page: '/vi/' })).toBe(false);
    expect(isVisitMessage(null)).toBe(false);
    expect(isVisitMessage('hoc-so:visit')).toBe(false);
  });

  it('writes sizes the way each language writes numbers', () => {
    expect(formatBytes(2_202_010, 'vi')).toBe('2,1 MB');
    expect(formatBytes(2_202_010, 'en')).toBe('2.1 MB');
    expect(formatBytes(70_000, 'en')).toBe('68 KB');
    expect(formatBytes(10, 'vi')).toBe('1 KB');
  });
});
