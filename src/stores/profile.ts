import { computed } from 'nanostores';
import { $storedProgress } from './progress-state';

/**
 * The current profile with its id: what the progress page, the certificate and the workshop join
 * show. Apart from stores/progress.ts, which every lesson page loads and which needs only lessons.
 */
export const $profile = computed($storedProgress, (state) => ({
  id: state.current,
  ...state.profiles[state.current]!,
}));
