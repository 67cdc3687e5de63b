import type { Labels, costLabelKeys } from '../i18n/client-labels';

/**
 * @summary A lesson card's data cost ("≈ 45 KB", written into it by the build), which says
 * "Saved" instead once the service worker keeps the lesson's page: opening it then
 * costs no data.
 *
 * Plain DOM, not Lit: the home page loads it for its cards, and all it does is look in the cache.
 */
export class LessonCost extends HTMLElement {
  connectedCallback(): void {
    const page = this.getAttribute('page');
    // No cache storage over plain http (a workshop laptop's address): nothing is kept, the cost stays.
    if (!page || !('caches' in window)) return;
    caches.match(new URL(page, location.href).href).then(
      (kept) => kept && this._showSaved(),
      () => undefined,
    );
  }

  private _showSaved(): void {
    let labels: Labels<typeof costLabelKeys>;
    try {
      labels = JSON.parse(this.getAttribute('labels') ?? '') as Labels<typeof costLabelKeys>;
    } catch {
      return;
    }
    this.textContent = labels['cost.saved'];
    this.dataset['saved'] = '';
  }
}

customElements.define('lesson-cost', LessonCost);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-cost': LessonCost;
  }
}
