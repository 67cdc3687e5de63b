import { NOTICE_EVENT, UNREADABLE_PROGRESS_KEY } from './storage-keys';

const PROBE_KEY = 'hoc-so:probe';

/** Whether this browser lets the site keep anything (not in some private modes, not when full). */
function storageWorks(): boolean {
  try {
    localStorage.setItem(PROBE_KEY, '1');
    localStorage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

function hasUnreadableProgress(): boolean {
  try {
    return localStorage.getItem(UNREADABLE_PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * What every page does for <site-notices> before its code loads: registers the language's service
 * worker (which keeps the site working offline), shows a lesson's review notice once its date has
 * passed, and calls `show` (which loads the notices' code) only when there is something to say: no connection, storage
 * that fails, progress that couldn't be read, or a new version waiting. Most visits have none.
 */
export function startSiteNotices(show: () => void): void {
  const host = document.querySelector('site-notices');
  if (!host) return;
  // A lesson whose rules may have changed says so once its review date has passed on this device.
  for (const notice of document.querySelectorAll<HTMLElement>('[data-review-by]'))
    notice.hidden = Date.now() < Date.parse(notice.dataset['reviewBy'] ?? '');

  if (!navigator.onLine || !storageWorks() || hasUnreadableProgress()) show();
  addEventListener('offline', show);
  addEventListener(NOTICE_EVENT, show);

  const sw = host.getAttribute('sw');
  if (!sw || !('serviceWorker' in navigator)) return;
  const scope = host.getAttribute('scope') ?? undefined;
  // A blocked or unsupported worker (private mode, some test browsers) only means no offline copy.
  navigator.serviceWorker.register(sw, scope ? { scope } : undefined).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Some browsers (and test harnesses that block workers) resolve without a registration.
      if (!registration) return;
      // A worker that installs while an older one controls the page is a new version, waiting.
      const waiting = (worker: ServiceWorker | null) =>
        worker && navigator.serviceWorker.controller && show();
      waiting(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => worker.state === 'installed' && waiting(worker));
      });
    },
    () => undefined,
  );
}
