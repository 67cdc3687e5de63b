import * as v from 'valibot';
import {
  isoTimeSchema,
  learnerIdSchema,
  lessonsSchema,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  profileNameSchema,
} from './progress';
import { signedSlipsSchema } from './signed-slips';
import { workshopSchema } from './workshop';

/**
 * A learner's export file, "Download my progress" (the format is described in schemas/progress.ts).
 * Its own module: only the pages that read files load it, not every lesson page.
 */
export const exportFileSchema = v.strictObject({
  format: v.literal(PROGRESS_FORMAT),
  version: v.literal(PROGRESS_VERSION),
  exported: isoTimeSchema,
  profile: v.nullable(profileNameSchema),
  learnerId: v.nullable(learnerIdSchema),
  workshop: v.optional(workshopSchema),
  signed: v.optional(signedSlipsSchema),
  lessons: lessonsSchema,
});

export type ExportFile = v.InferOutput<typeof exportFileSchema>;
