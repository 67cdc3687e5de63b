import { css } from 'lit';

/**
 * The site's one focus ring. base.css draws it for the page, but its rules don't reach into shadow
 * roots, so every element with a shadow root includes this (controlStyles already does).
 */
export const focusRing = css`
  :focus-visible {
    outline: var(--hs-focus-width) solid var(--hs-focus);
    outline-offset: var(--hs-focus-offset);
  }
`;

/**
 * Button, feedback and notice looks shared by the elements. Sizes and colours are the page's --hs-*
 * tokens (src/styles/tokens.css), which custom properties carry into shadow roots: no fallbacks here.
 */
export const controlStyles = css`
  ${focusRing}
  * {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    font-weight: 700;
    min-height: 44px;
    min-width: 44px;
    padding: var(--hs-space-2) 1.25rem;
    border-radius: var(--hs-radius);
    border: 2px solid var(--hs-accent);
    background: var(--hs-accent);
    color: var(--hs-on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--hs-accent);
  }
  .feedback {
    margin-top: var(--hs-space-3);
    padding: var(--hs-space-3) var(--hs-space);
    border-radius: var(--hs-radius);
    border-left: 6px solid var(--hs-border);
    background: var(--hs-surface);
  }
  .feedback[data-result='correct'] {
    border-left-color: var(--hs-good);
  }
  .feedback[data-result='wrong'] {
    border-left-color: var(--hs-bad);
  }
  /* Empty but present: a live region must already exist for its later content to be announced.
     (An element says it has nothing to show with data-result="": its template keeps whitespace.) */
  .feedback:empty,
  .feedback[data-result=''] {
    padding: 0;
    margin: 0;
    border: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--hs-space-2);
    margin: var(--hs-space-2) 0;
  }
  .feedback ul {
    margin: var(--hs-space-2) 0;
    padding-left: 1.25rem;
  }
  @media print {
    .actions,
    .feedback,
    .summary {
      display: none;
    }
  }
  .verdict {
    font-weight: 700;
  }
`;
