/**
 * Whether a key press is typing into a field (input, select, textarea or editable text), seen
 * through shadow roots: a page's own keys (a deck's clicker, a simulation's numbers) leave it be.
 */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, select, textarea') !== null)
  );
}
