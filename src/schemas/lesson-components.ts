import { z } from 'astro/zod';

/**
 * The MDX components lesson authors write, besides the quiz (src/schemas/quiz.ts): each with its
 * props' schema and how it is written, which a mistake's message shows. Components check their
 * props against these (lib/build/mdx-props.ts), so a mistake fails the build naming the file and
 * the prop.
 */
export interface AuthoredComponent<S extends z.ZodType> {
  /** As authors write it: `Option` for `<Option>`. */
  name: string;
  usage: string;
  props: S;
}

export const authored = <S extends z.ZodType>(
  name: string,
  usage: string,
  props: S,
): AuthoredComponent<S> => ({
  name,
  usage,
  props,
});

export const stepComponent = authored(
  'Step',
  '<Step title="Open the app">what to do</Step>',
  z.strictObject({ title: z.string({ error: 'is required' }).trim().min(1, 'is required') }),
);

export const phoneScreenComponent = authored(
  'PhoneScreen',
  '<PhoneScreen src="/lessons/<slug>/<file>.svg" alt="What the screen shows" caption="…" />',
  z.strictObject({
    /** One of our own drawings in `public/lessons/<slug>/`. */
    src: z
      .string({ error: 'is required' })
      .regex(/^\/lessons\/[a-z0-9-]+\/[\w.-]+\.(svg|png|webp)$/, 'must look like /lessons/<slug>/<file>.svg'),
    /** What the screen shows, for people who can't see it. */
    alt: z.string({ error: 'is required' }).trim().min(1, 'is required and must describe the screen'),
    caption: z.string().optional(),
    width: z.number().int().positive().default(240),
    height: z.number().int().positive().default(480),
  }),
);
