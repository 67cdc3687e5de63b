export interface FoundChromium {
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}
export const SYSTEM_CHROMIUM: string[];
export const HOW_TO_GET_CHROMIUM: string;
export function findChromium(options?: {
  exists?: (path: string) => boolean;
  envPath?: string;
  playwrightPath?: string;
}): FoundChromium | null;
export function installMethod(options: { isRoot: boolean; hasApt: boolean }): 'apt' | 'playwright';
export function ensureChromium(): FoundChromium;
