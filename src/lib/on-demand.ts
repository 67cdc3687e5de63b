/**
 * Loads an element's code only when the learner is about to need it, so a lesson page opens with
 * almost no script (issue #18): a `near` element loads as it comes within a screen of the viewport
 * (the quiz, step ticks, Listen), a `used` one at the first touch, click, key or focus on it (the
 * header's text-size panel). Until then the element's server-rendered HTML is the page.
 *
 * A click on a button inside an element not yet defined is held and made again once the element
 * is ready, so the first tap is never lost. Native inputs need no replay: they keep their state,
 * and the element reads it when it upgrades.
 *
 * An element without a `labels` attribute gets its strings from `/{lang}/labels.json` (by element
 * name; its URL is on <html data-labels>), fetched once per page, before its code: a quiz question draws its controls from its
 * quiz's labels as it upgrades, so they must be there first.
 */
/** `near`: as it nears the viewport; `used`: at the first touch; `asked`: when the page says so. */
export type Trigger = 'near' | 'used' | 'asked';
export interface OnDemand {
  load: () => Promise<unknown>;
  when: Trigger;
}

/** How far outside the viewport a `near` element starts loading: one screen height ahead. */
const AHEAD = '100% 0px';
const INTERACTIONS = ['pointerdown', 'focusin', 'keydown', 'click'] as const;

type LabelsFile = Record<string, unknown>;

let labelsFile: Promise<LabelsFile> | undefined;
const fetchLabels = () =>
  (labelsFile ??= fetch(document.documentElement.dataset['labels'] ?? '')
    .then((response) =>
      response.ok
        ? (response.json() as Promise<LabelsFile>)
        : Promise.reject(new Error(`labels: HTTP ${response.status}`)),
    )
    .catch((error: unknown) => {
      labelsFile = undefined;
      throw error;
    }));

/** Watches for the given elements; returns a function that loads one at once (`asked`). */
export function defineOnDemand(elements: Readonly<Record<string, OnDemand>>): (tag: string) => void {
  const waiting = new Map<string, OnDemand>();
  for (const [tag, entry] of Object.entries(elements))
    if (!customElements.get(tag) && document.querySelector(tag)) waiting.set(tag, entry);
  if (waiting.size === 0) return () => undefined;

  /** Labels for every element this code defines (a quiz's questions read their quiz's). */
  const giveLabels = async (entry: OnDemand) => {
    const tags = [...waiting].filter(([, other]) => other === entry).map(([tag]) => tag);
    const unlabelled = [...document.querySelectorAll(tags.join(','))].filter(
      (element) => !element.hasAttribute('labels'),
    );
    if (unlabelled.length === 0) return;
    const file = await fetchLabels();
    // As an attribute, which an element reads as it upgrades: a property set now would only come
    // back at its first render, after its questions have asked for it.
    for (const element of unlabelled)
      if (element.localName in file) element.setAttribute('labels', JSON.stringify(file[element.localName]));
  };

  // One load per piece of code, however many elements it defines.
  const pending = new Map<OnDemand, Promise<unknown>>();
  const load = (tag: string): Promise<unknown> => {
    const entry = waiting.get(tag)!;
    let started = pending.get(entry);
    if (!started) {
      // A failed load (offline, chunk not cached) may be tried again at the next chance.
      started = giveLabels(entry)
        .then(() => entry.load())
        .catch((error: unknown) => {
          pending.delete(entry);
          throw error;
        });
      pending.set(entry, started);
    }
    return started.then(() => customElements.whenDefined(tag));
  };

  const selector = [...waiting.keys()].join(',');
  const onInteraction = (event: Event) => {
    const target = event.target instanceof Element ? event.target : null;
    const host = target?.closest(selector);
    if (!host || customElements.get(host.localName)) return;
    const ready = load(host.localName);
    const button = event.type === 'click' ? target!.closest('button') : null;
    if (button && host.contains(button)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      ready.then(
        () => button.click(),
        () => undefined,
      );
    } else ready.catch(() => undefined);
  };
  for (const type of INTERACTIONS) document.addEventListener(type, onInteraction, { capture: true });

  const loadNow = (tag: string) => {
    if (waiting.has(tag)) load(tag).catch(() => undefined);
  };
  const near = [...waiting].filter(([, entry]) => entry.when === 'near').map(([tag]) => tag);
  if (near.length === 0) return loadNow;
  if (!('IntersectionObserver' in window)) {
    for (const tag of near) loadNow(tag);
    return loadNow;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        // If it fails (offline before this part was saved), touching the part tries again.
        load(entry.target.localName).catch(() => undefined);
      }
    },
    { rootMargin: AHEAD },
  );
  for (const element of document.querySelectorAll(near.join(','))) observer.observe(element);
  return loadNow;
}
