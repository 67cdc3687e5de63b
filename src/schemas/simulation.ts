import { z } from 'astro/zod';
import { authored } from './lesson-components';
import { TEXT_MAX } from './progress';

/**
 * A simulation (issue #21): a pretend phone the learner uses to do a real task safely, written in
 * the lesson's MDX as <Simulation>, <Screen>, <Choice> and <Field>. Each screen is one thing the phone
 * shows; each choice is what the learner does there, with why it is right or wrong, and leads to
 * another screen. A choice that falls for a scam names the trap it is; every path ends on a
 * debrief screen. The build checks the graph (lib/build/simulation-graph.ts) and fails naming the
 * file, the simulation and the screen.
 */

/** What a screen of the pretend phone looks like. */
export const SCREEN_KINDS = [
  'app',
  'browser',
  'sms',
  'call',
  'chat',
  'payment',
  'camera',
  'debrief',
] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number];

/** Manipulation techniques a screen can name to the learner as they appear (the scam role-play). */
export const TECHNIQUES = ['urgency', 'fake-authority', 'secrecy', 'safe-account'] as const;
export type Technique = (typeof TECHNIQUES)[number];

const kebabId = z
  .string({ error: 'is required' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase-kebab, e.g. "enter-otp"')
  // Progress stores outcomes under it.
  .max(TEXT_MAX, `must be at most ${TEXT_MAX} characters`);
const words = z.string({ error: 'is required' }).trim().min(1, 'is required');

export const simulationComponent = authored(
  'Simulation',
  '<Simulation id="register-level-1" title="…" start="open-app" traps={["otp-to-caller"]}><Screen …/>…</Simulation>',
  z.strictObject({
    /** Unique in the lesson, the same in every language (progress stores outcomes by it). */
    id: kebabId,
    title: words,
    /** The screen it opens on. */
    start: kebabId,
    /** Every trap the scenario sets, by id; each must be reachable by some choice. */
    traps: z.array(kebabId, { error: 'is a list of trap ids, e.g. {["otp-to-caller"]}' }).default([]),
    /**
     * Versions of the scenario a run can be, e.g. {["honest", "swapped"]}: each run is one, picked
     * at random (or by `?variant=` in the address, for trainers and tests). A <Choice variant="…">
     * is only in runs of that version.
     */
    variants: z
      .array(kebabId, { error: 'is a list of variant ids, e.g. {["honest", "swapped"]}' })
      .default([]),
  }),
);

export const screenComponent = authored(
  'Screen',
  '<Screen id="enter-otp" kind="sms" from="…" title="…">what the phone shows<Choice …/></Screen>',
  z.strictObject({
    id: kebabId,
    kind: z.enum(SCREEN_KINDS, { error: `must be one of ${SCREEN_KINDS.join(', ')}` }),
    /** The app, sender or caller as the phone shows it (made up). */
    from: z.string().optional(),
    title: words,
    /** A browser screen's address bar. */
    address: z.string().optional(),
    /**
     * The pretend copy of a real site (the national portal): its address may be the real one the
     * fact sheet names. Every other screen shows only example addresses and undiallable numbers.
     */
    official: z.boolean({ error: 'is written {true} or left out' }).default(false),
    /** A debrief: the trap the learner fell into to get here, if any. */
    trap: kebabId.optional(),
    /**
     * Seconds counted down while the learner decides, as a caller rushes them. Nothing happens when
     * it runs out but a word on why scammers rush; a learner can switch countdowns off.
     */
    countdown: z
      .number({ error: 'is a whole number of seconds, e.g. {15}' })
      .int('is a whole number of seconds, e.g. {15}')
      .min(5, 'is at least 5 seconds')
      .max(60, 'is at most 60 seconds')
      .optional(),
    /** The manipulation techniques this screen uses, named to the learner as they appear. */
    techniques: z
      .array(z.enum(TECHNIQUES, { error: `must be one of ${TECHNIQUES.join(', ')}` }), {
        error: 'is a list, e.g. {["urgency"]}',
      })
      .default([]),
  }),
);

/**
 * What a pretend form's field asks for (lib/pretend-fields.ts checks what is typed): the 12-digit
 * personal ID number on the citizen ID card, a Vietnamese mobile number (10 digits from 0), or the
 * 6-digit code an SMS on an earlier screen showed.
 */
export const FIELD_KINDS = ['id-number', 'phone', 'otp'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export const fieldComponent = authored(
  'Field',
  '<Field id="id-number" kind="id-number" label="Số định danh cá nhân" /> or <Field id="otp" kind="otp" label="Mã OTP" expect="482913" />',
  z.strictObject({
    /** Unique on its screen. */
    id: kebabId,
    kind: z.enum(FIELD_KINDS, { error: `must be one of ${FIELD_KINDS.join(', ')}` }),
    /** The field's visible label, as the pretend app shows it. */
    label: words,
    /** An `otp` field's code: the 6 digits the SMS showed, e.g. "482913". */
    expect: z.string().optional(),
  }),
);

export const choiceComponent = authored(
  'Choice',
  '<Choice to="next-screen" explanation="Why this is right or wrong" trap="otp-to-caller">what the learner does</Choice>',
  z.strictObject({
    /** The screen it leads to. */
    to: kebabId,
    explanation: z.string().default(''),
    /** The trap the learner falls into by choosing it (one of the simulation's `traps`). */
    trap: kebabId.optional(),
    /** Only in runs of this variant (one of the simulation's `variants`); without it, in every run. */
    variant: kebabId.optional(),
    /**
     * The screen's form is sent with it: it goes forward only once every <Field> on its screen
     * passes its check; until then the phone says what is wrong under each field.
     */
    submit: z.boolean({ error: 'is written `submit` or left out' }).default(false),
  }),
);

/**
 * Front matter of `content/simulations/<locale>/<lesson-slug>.mdx`: a lesson's practice page, the
 * same file name as the lesson it belongs to, whose body is one <Simulation>.
 */
export const simulationPageSchema = z.strictObject({
  /** The practice page's title. */
  title: words,
  /** One sentence: what the learner practises (the page's description and the lesson's link). */
  summary: words,
});

/** A simulation as the build reads it from the MDX, before its graph is checked. */
export interface SimulationDraft {
  id: string;
  title: string;
  start: string;
  traps: string[];
  variants: string[];
  screens: ScreenDraft[];
}

export interface ScreenDraft {
  id: string;
  kind: ScreenKind;
  title: string;
  from?: string | undefined;
  address?: string | undefined;
  official: boolean;
  trap?: string | undefined;
  countdown?: number | undefined;
  techniques: Technique[];
  /** What the phone shows, as text. */
  text: string;
  /** The pretend form the learner types into, if the screen has one. */
  fields: FieldDraft[];
  choices: ChoiceDraft[];
}

export interface FieldDraft {
  id: string;
  kind: FieldKind;
  label: string;
  expect?: string | undefined;
}

export interface ChoiceDraft {
  /** What the learner does, as text. */
  text: string;
  to: string;
  explanation: string;
  trap?: string | undefined;
  variant?: string | undefined;
  /** Goes forward only once the screen's fields pass their checks. */
  submit?: boolean | undefined;
}
