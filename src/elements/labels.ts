import { nothing } from 'lit';

/**
 * What an element draws until the page gives it its `labels` (see src/i18n/client-labels.ts):
 * nothing, never made-up words. In development a page that forgot them is an error in the console.
 */
export function withoutLabels(element: HTMLElement): typeof nothing {
  if (import.meta.env.DEV)
    console.error(`<${element.localName}> has no labels: give it labels={labelsFor(t, …)}`);
  return nothing;
}
