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
    padding: var(--hs-space-1) var(--hs-space-2);
    border: 2px solid var(--hs-border);
    border-radius: var(--hs-radius);
    background: var(--hs-bg);
    color: var(--hs-fg);
  }
  input:not([type='file']),
  textarea {
    width: 100%;
  }
  textarea {
    font-family: monospace;
    overflow-wrap: anywhere;
  }
  .hint {
    display: block;
    color: var(--hs-muted);
  }
  .class-name {
    font-weight: 700;
    font-size: 1.2em;
    margin-bottom: var(--hs-space-1);
  }
  .details p {
    margin: var(--hs-space-1) 0;
  }
  .class-form,
  .learner-form {
    border-left: 6px solid var(--hs-accent);
    padding: var(--hs-space-1) var(--hs-space-3);
    margin: var(--hs-space-2) 0;
  }
  .error {
    color: var(--hs-bad);
    font-weight: 700;
  }
  .error:empty {
    display: none;
  }
  .messages ul {
    margin: var(--hs-space-2) 0;
    padding-left: 1.25rem;
  }
  .note {
    border-left: 6px solid var(--hs-warn-border);
    padding-left: var(--hs-space-3);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--hs-space);
  }
  /* A select is as wide as its longest option (a topic's name); a flex item would not shrink below
     that, and at 320 px the page scrolled sideways. */
  .controls > p {
    min-width: 0;
  }
  /* The page never scrolls sideways: only the grid does, with the learner column held in place. */
  .scroll {
    /* The containing block of the cells' hidden words, which would otherwise widen the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--hs-border);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: var(--class-sheet-cell-pad);
    border-bottom: 1px solid var(--hs-border);
    text-align: center;
    white-space: nowrap;
  }
  th.track {
    text-align: start;
    border-left: 2px solid var(--hs-border);
  }
  .learner {
    position: sticky;
    left: 0;
    z-index: 1;
    text-align: start;
    background: var(--hs-bg);
    border-right: 2px solid var(--hs-border);
    max-width: 9rem;
  }
  button.name {
    background: transparent;
    color: var(--hs-link);
    border: 0;
    padding: var(--hs-space-1);
    text-align: start;
    text-decoration: underline;
    white-space: normal;
    overflow-wrap: anywhere;
    max-width: 9rem;
  }
  td.done {
    font-weight: 700;
    color: var(--hs-good);
  }
  /* Practice on its own line, in words: a trap's outcome reads without colour too. */
  .practice {
    display: block;
    font-weight: 400;
    color: var(--hs-fg);
  }
  .practice[data-safe='false'] {
    font-weight: 700;
    color: var(--hs-bad);
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--hs-border);
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
