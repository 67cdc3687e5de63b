import type { Page } from '@playwright/test';

export interface FocusInfo {
  tag: string;
  text: string;
  type: string | null;
  value: string | null;
  name: string | null;
  /** Whether the focused element shows a visible focus indicator. */
  visible: boolean;
  inShadow: boolean;
  questionId: string | null;
  ariaLabel: string | null;
}

/**
 * Runs in the page: whether `el` shows where focus is, as an outline of 2 px or more or a ring
 * drawn with box-shadow. A visually hidden input (a file picker) shows it on the label around it.
 * The one rule for both the crawl's focus check and the journeys' `focused()`.
 */
export function showsFocus(el: Element): boolean {
  const shown = (node: Element | null) => {
    if (!node) return false;
    const style = getComputedStyle(node);
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
    );
  };
  return shown(el) || (el.matches('input') && shown(el.closest('label')));
}

/**
 * Evaluates `fn(showsFocus, arg)` in the page. Passed as source text, since a function handed to
 * `page.evaluate` cannot reach other functions of this module.
 */
export function withShowsFocus<T, A>(
  page: Page,
  fn: (shows: (el: Element) => boolean, arg: A) => T,
  arg: A,
): Promise<T> {
  return page.evaluate<T>(`(${fn.toString()})(${showsFocus.toString()}, ${JSON.stringify(arg)})`);
}

/** What has keyboard focus, looking inside shadow roots (the quiz buttons live there). */
export async function focused(page: Page): Promise<FocusInfo | null> {
  return withShowsFocus(
    page,
    (shows): FocusInfo | null => {
      let el = document.activeElement;
      let inShadow = false;
      while (el?.shadowRoot?.activeElement) {
        el = el.shadowRoot.activeElement;
        inShadow = true;
      }
      if (!el || el === document.body) return null;
      // Inside a shadow root its host; in the light DOM (no host) the question around it.
      const root = el.getRootNode();
      const host = root instanceof ShadowRoot ? root.host : el.closest('[question-id]');
      return {
        tag: el.tagName.toLowerCase(),
        text: el.textContent.trim().slice(0, 80),
        type: el.getAttribute('type'),
        value: el.getAttribute('value'),
        name: el.getAttribute('name'),
        visible: shows(el),
        inShadow,
        questionId:
          host?.getAttribute('question-id') ??
          el.closest('[question-id]')?.getAttribute('question-id') ??
          null,
        ariaLabel: el.getAttribute('aria-label'),
      };
    },
    null,
  );
}

/** Presses Tab (or Shift+Tab) until `match` accepts the focused element; fails after `limit` presses. */
export async function tabTo(
  page: Page,
  match: (info: FocusInfo) => boolean,
  limit = 60,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<FocusInfo> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const info = await focused(page);
    if (info && match(info)) return info;
  }
  throw new Error(`Tab never reached the wanted element in ${limit} presses`);
}
