import { z } from 'astro/zod';

/**
 * Props of the MDX components lesson authors write besides the quiz (src/schemas/quiz.ts): each
 * component checks its props here, so a mistake fails the build naming the file and the prop.
 */
export const stepPropsSchema = z.strictObject({
  title: z.string({ error: 'is required' }).trim().min(1, 'is required'),
});

export const phoneScreenPropsSchema = z.strictObject({
  /** One of our own drawings in `public/lessons/<slug>/`. */
  src: z
    .string({ error: 'is required' })
    .regex(/^\/lessons\/[a-z0-9-]+\/[\w.-]+\.(svg|png|webp)$/, 'must look like /lessons/<slug>/<file>.svg'),
  /** What the screen shows, for people who can't see it. */
  alt: z.string({ error: 'is required' }).trim().min(1, 'is required and must describe the screen'),
  caption: z.string().optional(),
  width: z.number().int().positive().default(240),
  height: z.number().int().positive().default(480),
});
