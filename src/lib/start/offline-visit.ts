import { browserSavesData, VISIT_MESSAGE, type VisitMessage } from '../offline/visit-message';

/**
 * Tells the service worker which page is being read, once it is active: it keeps the page (even one
 * loaded before the worker existed) and, on a lesson page, the rest of the lesson's topic, so that
 * after one visit the topic works offline (issue #18). The topic's list is named by the page:
 * <html data-offline-topic="…/offline/{track}.json">.
 */
export function tellWorkerAboutVisit(): void {
  if (!('serviceWorker' in navigator)) return;
  const message: VisitMessage = {
    type: VISIT_MESSAGE,
    page: location.href.split('#')[0]!,
    topic: document.documentElement.dataset['offlineTopic'],
    saveData: browserSavesData(),
  };
  // `ready` never settles where workers are blocked; then there is nothing to tell.
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}
