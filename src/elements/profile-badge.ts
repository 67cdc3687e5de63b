import { format } from '../i18n/format';
import type { Labels, badgeLabelKeys } from '../i18n/client-labels';
import { storedProfileName, currentProfileName } from '../lib/start/profile-name';
import { PROGRESS_EVENT, PROGRESS_KEY } from '../lib/start/storage-keys';

/**
 * @summary Who is learning now, in the header; links to the profiles on the progress page.
 *
 * Plain DOM, not Lit: it shows on every page from the first paint, and a lesson page must not load
 * Lit before the learner does anything (issue #18). It is a link with a name, nothing to interact
 * with. It follows the progress store when a page has one (a profile switched on the progress
 * page) and other tabs through storage events.
 */
export class ProfileBadge extends HTMLElement {
  private readonly _link = document.createElement('a');

  private readonly _onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) this._show(storedProfileName(event.newValue));
  };
  private readonly _onProgress = (event: Event) =>
    this._show(currentProfileName((event as CustomEvent<unknown>).detail));

  connectedCallback(): void {
    let labels: Labels<typeof badgeLabelKeys> | undefined;
    try {
      labels = JSON.parse(this.getAttribute('labels') ?? '') as Labels<typeof badgeLabelKeys>;
    } catch {
      labels = undefined;
    }
    if (!labels) return;
    this._labels = labels;
    this._link.href = this.getAttribute('href') ?? '';
    this.replaceChildren(this._link);
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(PROGRESS_KEY);
    } catch {
      // Storage that fails: the main learner, as the progress store will say.
    }
    this._show(storedProfileName(stored));
    addEventListener('storage', this._onStorage);
    addEventListener(PROGRESS_EVENT, this._onProgress);
  }

  disconnectedCallback(): void {
    removeEventListener('storage', this._onStorage);
    removeEventListener(PROGRESS_EVENT, this._onProgress);
  }

  private _labels: Labels<typeof badgeLabelKeys> | undefined;

  private _show(name: string): void {
    const l = this._labels;
    if (l) this._link.textContent = format(l['profile.current'], { name: name || l['profile.mainName'] });
  }
}

customElements.define('profile-badge', ProfileBadge);

declare global {
  interface HTMLElementTagNameMap {
    'profile-badge': ProfileBadge;
  }
}
