import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { reviewPoolSchema } from './schemas/review';
import { simulationPageSchema } from './schemas/simulation';
import { trackSchema } from './schemas/track';

// Lessons and tracks live in the top-level `content/` folder, apart from code.
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const tracks = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/tracks' }),
  schema: trackSchema,
});

// Practice on a pretend phone (issue #21): one file per lesson that has a simulation, named as the lesson.
const simulations = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/simulations' }),
  schema: simulationPageSchema,
});

// Review questions that come back 14 and 28 days after a scam lesson (issue #21), named as the lesson.
const reviews = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/reviews' }),
  schema: reviewPoolSchema,
});

export const collections = { lessons, reviews, simulations, tracks };
