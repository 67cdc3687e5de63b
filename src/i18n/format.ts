/**
 * Fills `{name}` placeholders. Shared by build-time pages and browser elements (it is tiny);
 * a placeholder without a value stays visible so the gap is noticed.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * A day as readers see it, "23/4/2024" in both languages (the form Vietnamese papers use), or a
 * source's date at the precision it has: "4/2024" or "2024". No Intl: it is cheap in the browser.
 */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return [day, month, year].filter((part) => part !== undefined).join('/');
}
