import { css, html } from 'lit';

/**
 * A file input shown as a button-like label (the input itself stays in the page, focusable but
 * unseen), and the dashed drop area around it: the progress page's import, the class sheet's
 * files and the scanner's photo. Its own module, not shared.styles.ts: lesson pages load that one.
 */
export const fileInputStyles = css`
  .drop {
    border: 3px dashed var(--hs-border);
    border-radius: var(--hs-radius);
    padding: var(--hs-space);
    margin: var(--hs-space-2) 0;
  }
  .drop[data-dragging] {
    border-color: var(--hs-accent);
    background: var(--hs-surface);
  }
  .file-label {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: var(--hs-space-1) var(--hs-space);
    border: 2px solid var(--hs-accent);
    border-radius: var(--hs-radius);
    color: var(--hs-accent);
    font-weight: 700;
    cursor: pointer;
  }
  /* The input itself is unseen, so its label draws the ring (the shared ring's tokens). */
  .file-label:focus-within {
    outline: var(--hs-focus-width) solid var(--hs-focus);
    outline-offset: var(--hs-focus-offset);
  }
  input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    opacity: 0;
  }
`;

export interface FileDrop {
  /** What the area says, and the button's words. */
  text: string;
  choose: string;
  accept: string;
  multiple: boolean;
  /** Whether a file is being dragged over it now (the element keeps this state, to redraw). */
  dragging: boolean;
  setDragging: (dragging: boolean) => void;
  /** The files dropped or chosen; never called with none. */
  read: (files: File[]) => void;
}

/** A drop area with a "choose files" button, for an element that uses fileInputStyles. */
export function fileDrop(drop: FileDrop) {
  const read = (files: FileList | null | undefined) => {
    if (files?.length) drop.read([...files]);
  };
  return html`<div
    class="drop"
    ?data-dragging=${drop.dragging}
    @dragover=${(event: DragEvent) => {
      event.preventDefault();
      drop.setDragging(true);
    }}
    @dragleave=${() => drop.setDragging(false)}
    @drop=${(event: DragEvent) => {
      event.preventDefault();
      drop.setDragging(false);
      read(event.dataTransfer?.files);
    }}
  >
    <p>${drop.text}</p>
    <label class="file-label"
      >${drop.choose}
      <input
        type="file"
        ?multiple=${drop.multiple}
        accept=${drop.accept}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          read(input.files);
          // Choosing the same file again should read it again.
          input.value = '';
        }}
      />
    </label>
  </div>`;
}
