import { OFFLINE_CACHES } from '../lib/offline/cache-names';

/** The page's title from its HTML, without the " – Học Số" every title ends with. */
function titleOf(html: string): string | undefined {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (!title) return undefined;
  const text = new DOMParser().parseFromString(title, 'text/html').documentElement.textContent;
  return text.replace(/\s+[–-]\s+[^–-]+$/, '').trim() || undefined;
}

/**
 * @summary On the offline page: the lessons of this language kept on this phone, as links, so a
 * learner without a connection sees what they can read now (issue #18). The service worker keeps
 * pages in the "hocso-pages" cache as they are visited or saved (lib/offline/visit-worker.ts).
 *
 * Plain DOM, not Lit: the offline page loads nothing else. Its own content (the "none saved yet"
 * text) stays when there is nothing to list or the browser has no caches.
 */
export class SavedPages extends HTMLElement {
  connectedCallback(): void {
    void this._list();
  }

  private async _list(): Promise<void> {
    const lessons = this.getAttribute('lessons');
    if (!lessons || !('caches' in window)) return;
    try {
      const cache = await caches.open(OFFLINE_CACHES.pages);
      const requests = (await cache.keys()).filter((request) => {
        const path = new URL(request.url).pathname;
        // Lesson pages only: "/…/vi/lessons/slug/", not their guides or projector pages.
        return path.startsWith(lessons) && /^[^/]+\/$/.test(path.slice(lessons.length));
      });
      const found = await Promise.all(
        requests.map(async (request) => {
          const html = await (await cache.match(request))?.text();
          return { href: new URL(request.url).pathname, title: html ? titleOf(html) : undefined };
        }),
      );
      const pages = found
        .filter((page): page is { href: string; title: string } => page.title !== undefined)
        .sort((a, b) => a.title.localeCompare(b.title, document.documentElement.lang));
      if (pages.length === 0) return;
      const list = document.createElement('ul');
      list.className = 'guide-links';
      for (const page of pages) {
        const link = document.createElement('a');
        link.href = page.href;
        link.textContent = page.title;
        const item = document.createElement('li');
        item.append(link);
        list.append(item);
      }
      this.replaceChildren(list);
    } catch {
      // No cache to read (storage blocked): the "none saved yet" text stays.
    }
  }
}

customElements.define('saved-pages', SavedPages);

declare global {
  interface HTMLElementTagNameMap {
    'saved-pages': SavedPages;
  }
}
