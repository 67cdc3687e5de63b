export const root: string;
export const DEFAULT_DIST: string;
export function builtSite(dist: string): { base: string; site: string | undefined } | undefined;
export function ensureBuilt(dist?: string): { base: string; site: string | undefined } | undefined;
export function option(name: string): string | undefined;
export function siteToServe(): { dist: string; base: string; site: string | undefined };
