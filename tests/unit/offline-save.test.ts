import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  isSaved,
  missingFiles,
  totalBytes,
  type OfflineLesson,
} from '../../src/lib/offline-save';

const lessons: OfflineLesson[] = [
  {
    slug: 'scan-to-pay',
    url: '/vi/lessons/scan-to-pay/',
    files: [
      { url: '/vi/lessons/scan-to-pay/print/', cache: 'hocso-pages', bytes: 30_000 },
      { url: '/lessons/scan-to-pay/scan.svg', cache: 'hocso-images', bytes: 5_000 },
    ],
  },
  {
    slug: 'if-scammed',
    url: '/vi/lessons/if-scammed/',
    files: [{ url: '/vi/lessons/if-scammed/print/', cache: 'hocso-pages', bytes: 40_000 }],
  },
];

describe('save for offline', () => {
  it('lists only what is not cached yet, and its size', () => {
    const cached = new Set(['/lessons/scan-to-pay/scan.svg']);
    const missing = missingFiles(lessons, cached);
    expect(missing.map((f) => f.url)).toEqual([
      '/vi/lessons/scan-to-pay/print/',
      '/vi/lessons/if-scammed/print/',
    ]);
    expect(totalBytes(missing)).toBe(70_000);
  });

  it('counts a lesson as saved only when every one of its files is', () => {
    const cached = new Set(['/lessons/scan-to-pay/scan.svg', '/vi/lessons/if-scammed/print/']);
    expect(isSaved(lessons[0]!, cached)).toBe(false);
    expect(isSaved(lessons[1]!, cached)).toBe(true);
  });

  it('writes sizes the way each language writes numbers', () => {
    expect(formatBytes(2_202_010, 'vi')).toBe('2,1 MB');
    expect(formatBytes(2_202_010, 'en')).toBe('2.1 MB');
    expect(formatBytes(70_000, 'en')).toBe('68 KB');
    expect(formatBytes(10, 'vi')).toBe('1 KB');
  });
});
