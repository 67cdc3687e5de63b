import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
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

export const collections = { lessons, tracks };
