export function buildWarnings(log: string): string[];
