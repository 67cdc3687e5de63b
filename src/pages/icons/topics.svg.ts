import { getTopicLooks } from '../../data/curriculum';
import { ICON_VIEW_BOX } from '../../lib/build/topic-identity';

/**
 * /icons/topics.svg: every topic's icon as a <symbol> named by the topic's id, from
 * content/tracks/<id>.svg. One file every page that shows topics shares (components/TopicIcon.astro),
 * so a topic added later gets its icon everywhere without touching a layout.
 */
export async function GET(): Promise<Response> {
  const symbols = (await getTopicLooks())
    .map(({ id, shapes }) => `<symbol id="${id}" viewBox="${ICON_VIEW_BOX}">${shapes}</symbol>`)
    .join('');
  return new Response(`<svg xmlns="http://www.w3.org/2000/svg">${symbols}</svg>`, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
}
