/**
 * Fills `{name}` placeholders. Shared by build-time pages and browser elements (it is tiny);
 * a placeholder without a value stays visible so the gap is noticed.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
