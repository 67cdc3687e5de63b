/**
 * How many numbered steps (`<Step …>`) a lesson's MDX source has, for pages that list lessons
 * without rendering them (the progress page's "N of M steps done"). Steps are numbered in the
 * same order in the page (lib/lesson-steps.ts), so the count is the last step's number.
 */
export function countSteps(mdx: string): number {
  return mdx.match(/<Step[\s/>]/g)?.length ?? 0;
}
