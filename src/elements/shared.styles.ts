import { css } from 'lit';

/** Button, feedback and notice looks shared by the elements; colours come from the page's --hs-* tokens. */
export const controlStyles = css`
  * {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    font-weight: 700;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1.25rem;
    border-radius: var(--hs-radius, 0.5rem);
    border: 2px solid var(--hs-accent, #0b5cad);
    background: var(--hs-accent, #0b5cad);
    color: var(--hs-on-accent, #fff);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--hs-accent, #0b5cad);
  }
  button:focus-visible {
    outline: 3px solid var(--hs-focus, #c2410c);
    outline-offset: 3px;
  }
  .feedback {
    margin-top: 0.75rem;
    padding: 0.75rem 1rem;
    border-radius: var(--hs-radius, 0.5rem);
    border-left: 6px solid var(--hs-border, #767676);
    background: var(--hs-surface, #f4f4f4);
  }
  .feedback[data-result='correct'] {
    border-left-color: var(--hs-good, #1a7f37);
  }
  .feedback[data-result='wrong'] {
    border-left-color: var(--hs-bad, #b42318);
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
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .feedback ul {
    margin: 0.5rem 0;
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
  /* Site-wide notices (storage, offline, updates). */
  .banner {
    border: 3px solid var(--hs-warn-border, #a15c00);
    background: var(--hs-warn-bg, #fff4d6);
    border-radius: var(--hs-radius, 0.5rem);
    padding: 0.5rem 1rem;
    margin: 1rem 0;
  }
`;
