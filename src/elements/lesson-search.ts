import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  MIN_RESULTS,
  mergeAnyWord,
  mergeResults,
  queryVariants,
  readingWeight,
  wordQueries,
} from '../lib/search-query';
import { format } from '../i18n/format';
import type { Labels, searchLabelKeys } from '../i18n/client-labels';
import './lesson-status';
import { withoutLabels } from './labels';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; track?: string; duration?: string; slug?: string };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ id: string; score: number; data(): Promise<PagefindResultData> }> }>;
}

/** Results fetched per step: each one downloads its excerpt, so a slow phone gets five at a time. */
const PAGE_SIZE = 5;

/**
 * @summary Lesson search over Pagefind's index for this page's language. Nothing is downloaded
 * until the learner focuses the box or a query arrives in the URL (`?q=`, so results can be
 * shared and reloaded). Queries typed without đ also find words with it, loanwords find the
 * lessons' Vietnamese, and a query no lesson matches in full ranks lessons by any of its words
 * (lib/search-query.ts).
 * Enhances the server-rendered form; results render into `.search-results`.
 */
export class LessonSearch extends LitElement {
  static override properties = {
    base: {},
    labels: { type: Object },
    _results: { state: true },
    _more: { state: true },
  };

  /** The site's base path (`/` or `/hoc-so/`): where Pagefind's bundle and the lessons are. */
  declare base: string;
  declare labels: Labels<typeof searchLabelKeys> | undefined;
  declare _results: PagefindResultData[] | undefined;
  /** Matches not shown yet, best first. */
  declare _more: Array<{ data(): Promise<PagefindResultData> }>;
  private _pagefind: Promise<Pagefind> | undefined;
  private _run = 0;

  constructor() {
    super();
    this.base = '/';
    this.labels = undefined;
    this._results = undefined;
    this._more = [];
  }

  protected override createRenderRoot(): HTMLElement {
    return this.querySelector<HTMLElement>('.search-results') ?? this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const form = this._form();
    form?.addEventListener('submit', this._onSubmit);
    const input = this._input();
    // The code comes after the first paint: a learner may already be in the box by then.
    if (input && document.activeElement === input) void this._load();
    else input?.addEventListener('focus', () => void this._load(), { once: true });
    form?.querySelector('select')?.addEventListener('change', () => void this._search());
    const params = new URLSearchParams(location.search);
    const query = params.get('q') ?? '';
    if (query.trim()) {
      this._input()!.value = query;
      const select = form?.querySelector('select');
      if (select) select.value = params.get('track') ?? '';
      void this._search();
    }
  }

  override render() {
    const results = this._results;
    const l = this.labels;
    if (!l) return withoutLabels(this);
    if (!results?.length) return nothing;
    return html`<ol class="search-list">
        ${results.map(
          (r) =>
            html`<li class="card">
              <h2><a href=${r.url}>${r.meta.title}</a></h2>
              <p class="meta">
                <span>${r.meta.track}</span>
                ${r.meta.duration ? html`<span>${format(l['lesson.minutes'], { minutes: r.meta.duration })}</span>` : nothing}
                <span
                  ><span class="visually-hidden">${l['status.label']}: </span
                  ><lesson-status lesson=${r.meta.slug ?? ''} .labels=${l}></lesson-status
                ></span>
              </p>
              <p class="excerpt">${unsafeHTML(r.excerpt)}</p>
            </li>`,
        )}
      </ol>
      ${
        this._more.length
          ? html`<p>
              <button type="button" class="button-link more" @click=${this._showMore}>
                ${l['search.more']}
              </button>
            </p>`
          : nothing
      }`;
  }

  /** The next few results; focus goes to the first new one so keyboard users carry on from there. */
  private async _showMore(): Promise<void> {
    const next = this._more.slice(0, PAGE_SIZE);
    const added = await Promise.all(next.map((r) => r.data()));
    const firstNew = this._results?.length ?? 0;
    this._results = [...(this._results ?? []), ...added];
    this._more = this._more.slice(PAGE_SIZE);
    await this.updateComplete;
    this.querySelectorAll<HTMLAnchorElement>('.search-list h2 a')[firstNew]?.focus();
  }

  private _form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  private _input(): HTMLInputElement | null {
    return this.querySelector('input[name="q"]');
  }

  /** Pagefind's script, index and WASM, fetched once and only when search is used. */
  private _load = (): Promise<Pagefind> => {
    this._pagefind ??= (async () => {
      const url = `${this.base}pagefind/pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // The index records pages from the site root; results link under the base path.
      await pagefind.options({ excerptLength: 24, baseUrl: this.base });
      // The engine (WASM, index metadata) loads here, while the learner is still typing.
      await pagefind.init();
      return pagefind;
    })();
    return this._pagefind;
  };

  private _onSubmit = (event: Event): void => {
    event.preventDefault();
    void this._search();
  };

  private async _search(): Promise<void> {
    const query = this._input()?.value.trim() ?? '';
    const track = this._form()?.querySelector('select')?.value ?? '';
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    if (track) url.searchParams.set('track', track);
    else url.searchParams.delete('track');
    history.replaceState(null, '', url);
    const l = this.labels;
    if (!query || !l) return;

    const run = ++this._run;
    this._status(l['search.loading']);
    try {
      const pagefind = await this._load();
      const options = track ? { filters: { track } } : {};
      // Scores of a reading with guessed đ's count for less (readingWeight); `data` stays the page's.
      const run1 = (q: string) =>
        pagefind.search(q, options).then((search) => {
          const weight = readingWeight(q, query);
          return search.results.map((result) => ({ ...result, score: result.score * weight }));
        });
      const lang = document.documentElement.lang;
      let matches = mergeResults(await Promise.all(queryVariants(query, lang).map(run1)));
      // Every word must match in Pagefind; when that finds too little, rank by any word instead,
      // after the pages that matched them all.
      if (matches.length < MIN_RESULTS) {
        const anyWord = mergeAnyWord(
          await Promise.all(wordQueries(query, lang).map((group) => Promise.all(group.map(run1)))),
        );
        const seen = new Set(matches.map((match) => match.id));
        matches = [...matches, ...anyWord.filter((match) => !seen.has(match.id))];
      }
      const results = await Promise.all(matches.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (run !== this._run) return;
      this._results = results;
      this._more = matches.slice(PAGE_SIZE);
      this._status(
        matches.length
          ? format(l['search.count'], { count: matches.length, query })
          : format(l['search.none'], { query }),
      );
      this.querySelector<HTMLElement>('.search-suggestions')?.toggleAttribute('hidden', matches.length > 0);
    } catch {
      if (run === this._run) this._status(l['search.error']);
    }
  }

  private _status(text: string): void {
    const status = this.querySelector('.search-status');
    if (status) status.textContent = text;
  }
}

customElements.define('lesson-search', LessonSearch);

declare global {
  interface HTMLElementTagNameMap {
    'lesson-search': LessonSearch;
  }
}
