import { css } from 'lit';

/**
 * A form's labelled text fields and their error lines, as the trainer hub's forms draw them. Not in
 * shared.styles, which is in the chunk every lesson page loads: only these forms draw fields.
 */
export const fieldStyles = css`
  label {
    display: block;
    font-weight: 700;
    margin-top: var(--hs-space-3);
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    width: 100%;
    max-width: 24rem;
    padding: var(--hs-space-1) var(--hs-space-2);
    border: 2px solid var(--hs-border);
    border-radius: var(--hs-radius);
    background: var(--hs-bg);
    color: var(--hs-fg);
  }
  input[aria-invalid='true'] {
    border-color: var(--hs-bad);
  }
  .error {
    color: var(--hs-bad);
    font-weight: 700;
  }
`;
