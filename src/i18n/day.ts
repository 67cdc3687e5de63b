/**
 * A day as readers see it, "23/4/2024" in both languages (the form Vietnamese papers use), or a
 * source's date at the precision it has: "4/2024" or "2024". No Intl: it is cheap in the browser.
 * Its own module, so the parts every page loads (which share format.ts) don't carry it.
 */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return [day, month, year].filter((part) => part !== undefined).join('/');
}
