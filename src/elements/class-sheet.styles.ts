import { css } from 'lit';

/** The class sheet's look: a grid that scrolls sideways inside itself, and its printed A4 form. */
export const classSheetStyles = css`
  :host {
    display: block;
    max-width: 100%;
    min-width: 0;
    --class-sheet-cell-pad: 0.35rem 0.5rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .print-only {
    display: none;
  }
  label {
    display: block;
    font-weight: 700;
  }
  .drop label {
    display: inline-flex;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--hs-border, #6b7280);
    border-radius: var(--hs-radius, 0.5rem);
    background: var(--hs-bg, #fff);
    color: var(--hs-fg, #111);
  }
  input:not([type='file']),
  textarea {
    width: 100%;
  }
  textarea {
    font-family: monospace;
    overflow-wrap: anywhere;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  .scroll:focus-visible {
    outline: 3px solid var(--hs-focus, #c2410c);
    outline-offset: 2px;
  }
  .hint {
    display: block;
    color: var(--hs-muted, inherit);
  }
  .class-name {
    font-weight: 700;
    font-size: 1.2em;
    margin-bottom: 0.25rem;
  }
  .details p {
    margin: 0.25rem 0;
  }
  .class-form,
  .learner-form {
    border-left: 6px solid var(--hs-accent, #0b5cad);
    padding: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  .error {
    color: var(--hs-bad, #b42318);
    font-weight: 700;
  }
  .error:empty {
    display: none;
  }
  .messages ul {
    margin: 0.5rem 0;
    padding-left: 1.25rem;
  }
  .note {
    border-left: 6px solid var(--hs-warn-border, #a15c00);
    padding-left: 0.75rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  /* The page never scrolls sideways: only the grid does, with the learner column held in place. */
  .scroll {
    /* The containing block of the cells' hidden words, which would otherwise widen the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--hs-border, #6b7280);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--class-sheet-cell-pad);
    border-bottom: 1px solid var(--hs-border, #6b7280);
    text-align: center;
    white-space: nowrap;
  }
  th.track {
    text-align: start;
    border-left: 2px solid var(--hs-border, #6b7280);
  }
  .learner {
    position: sticky;
    left: 0;
    z-index: 1;
    text-align: start;
    background: var(--hs-bg, #fff);
    border-right: 2px solid var(--hs-border, #6b7280);
    max-width: 9rem;
  }
  button.name {
    background: transparent;
    color: var(--hs-link, var(--hs-accent, #0b5cad));
    border: 0;
    padding: 0.25rem;
    text-align: start;
    text-decoration: underline;
    white-space: normal;
    overflow-wrap: anywhere;
    max-width: 9rem;
  }
  td.done {
    font-weight: 700;
    color: var(--hs-good, #1a7f37);
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--hs-border, #6b7280);
  }
  .legend {
    columns: 16rem;
    padding-left: 1.25rem;
  }
  .short {
    font-weight: 700;
  }
  @media print {
    :host {
      font-size: 10pt;
    }
    .no-print,
    button,
    .controls {
      display: none !important;
    }
    .print-only {
      display: inline;
    }
    .scroll {
      overflow: visible;
      border: 0;
    }
    .learner {
      position: static;
    }
    th,
    td {
      padding: 0.1rem 0.2rem;
      border-bottom: 0.5pt solid #000;
      font-size: 9pt;
    }
    th.track {
      white-space: normal;
    }
    table {
      width: 100%;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
    .legend {
      columns: 3;
      font-size: 9pt;
    }
  }
`;
