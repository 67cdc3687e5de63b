// What every page runs first, kept to a couple of KB: a lesson page must not load Lit or the
// progress store before the learner does anything (issue #18).
import { defineOnDemand } from '../on-demand';
import { tellWorkerAboutVisit } from './offline-visit';
import { followStoredReading } from './reading-apply';
import { startSiteNotices } from './site-notices-start';
import '../../elements/profile-badge';

followStoredReading();
const loadNow = defineOnDemand({
  'reading-settings': { when: 'used', load: () => import('../../elements/reading-settings') },
  'site-notices': { when: 'asked', load: () => import('../../elements/site-notices') },
});
startSiteNotices(() => loadNow('site-notices'));
tellWorkerAboutVisit();
