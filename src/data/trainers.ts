import { resolve } from 'node:path';
import { readTrainerRegistry } from '../lib/build/trainer-registry';
import type { TrainerKey } from '../lib/signed-slip';

/**
 * The trusted trainer keys this build ships (issue #22): content/trainers, or the folder
 * HOCSO_TRAINERS_DIR names (the tests build with keys whose private halves they hold). Read once.
 */
let registry: Promise<TrainerKey[]> | undefined;
export function getTrainerRegistry(): Promise<TrainerKey[]> {
  registry ??= readTrainerRegistry(resolve(process.env.HOCSO_TRAINERS_DIR || 'content/trainers'));
  return registry;
}
