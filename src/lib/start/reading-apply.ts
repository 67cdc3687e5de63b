import { READING_KEY, decodeReading, type Reading } from '../../schemas/reading';

const moreContrast = () => matchMedia('(prefers-contrast: more)').matches;

/** Puts the reader's text size and contrast on <html>, where the CSS reads them. */
export function applyReading({ size, contrast }: Reading, root = document.documentElement): void {
  root.dataset.textSize = size;
  root.dataset.contrast = contrast === 'system' ? (moreContrast() ? 'high' : 'normal') : contrast;
}

function storedReading(): Reading {
  try {
    return decodeReading(localStorage.getItem(READING_KEY));
  } catch {
    return decodeReading(null);
  }
}

/**
 * Applies the stored choice at once, before the settings panel's code (which loads only when it
 * is opened), and again when another tab changes it or the phone's contrast setting changes.
 */
export function followStoredReading(): void {
  applyReading(storedReading());
  addEventListener('storage', (event) => {
    if (event.key === READING_KEY || event.key === null) applyReading(storedReading());
  });
  matchMedia('(prefers-contrast: more)').addEventListener('change', () => applyReading(storedReading()));
}
