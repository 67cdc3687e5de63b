/** One lesson as the progress page's parts know it: /{lang}/catalog.json holds them all, in order. */
export interface CourseLesson {
  slug: string;
  /** The lesson's permanent code (progress slips name lessons by it). */
  code: number;
  title: string;
  /** The topic's title, and its id. */
  track: string;
  trackId: string;
  url: string;
  /** How many numbered steps the lesson has. */
  steps: number;
}

/**
 * Hands the course's lessons to the parts of a page that need them, before their code loads: each
 * element with `data-catalog` gets them as its `catalog` attribute, each `[data-track-lessons]` the
 * slugs of its topic as `lessons`. Resolves false, changing nothing, when the list can't be had
 * (offline before the progress page was ever opened online); the server-rendered text then stays.
 */
export async function attachCatalog(root: ParentNode, address: string): Promise<boolean> {
  let lessons: CourseLesson[];
  try {
    const response = await fetch(address);
    if (!response.ok) return false;
    lessons = (await response.json()) as CourseLesson[];
  } catch {
    return false;
  }
  const json = JSON.stringify(lessons);
  for (const element of root.querySelectorAll('[data-catalog]')) element.setAttribute('catalog', json);
  for (const element of root.querySelectorAll<HTMLElement>('[data-track-lessons]')) {
    const track = element.dataset['trackLessons'];
    const slugs = lessons.filter((lesson) => lesson.trackId === track).map((lesson) => lesson.slug);
    element.setAttribute('lessons', slugs.join(' '));
  }
  return true;
}
