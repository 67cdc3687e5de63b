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

/** What has keyboard focus, looking inside shadow roots (the quiz buttons live there). */
export async function focused(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let inShadow = false;
    while (el?.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      inShadow = true;
    }
    if (!el || el === document.body) return null;
    // A visually hidden input (a file picker) shows its focus on the label around it.
    const shown = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
      );
    };
    const visible = shown(el) || (el.matches('input') && shown(el.closest('label')));
    const host = (el.getRootNode() as ShadowRoot).host ?? el.closest('[question-id]');
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 80),
      type: el.getAttribute('type'),
      value: el.getAttribute('value'),
      name: el.getAttribute('name'),
      visible,
      inShadow,
      questionId:
        host?.getAttribute('question-id') ?? el.closest('[question-id]')?.getAttribute('question-id') ?? null,
      ariaLabel: el.getAttribute('aria-label'),
    };
  });
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
