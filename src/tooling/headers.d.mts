export function htmlFiles(dist: string): string[];
export function siteCsp(dist: string): string;
export function headerRules(
  dist: string,
  base: string,
): { pattern: string; headers: [string, string][]; comment?: string }[];
export function writeHeaders(dist: string, base: string): number;
