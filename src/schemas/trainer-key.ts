import { z } from 'astro/zod';

/** A calendar day as the registry writes it. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

/**
 * One trusted trainer key (issue #22): `content/trainers/<key id>.json`, the file a trainer
 * exports from the trainer hub, with the dates the project adds when it accepts the key. The file
 * name is the key id signed slips carry. lib/build/trainer-registry.ts also checks that the key is a
 * real public key and that no id or key is listed twice.
 */
export const trainerKeySchema = z
  .strictObject({
    name: z.string().trim().min(1),
    team: z.string().trim().min(1),
    commune: z.string().trim().min(1),
    algorithm: z.enum(['Ed25519', 'ECDSA-P256']),
    /** The raw public key in base64url: 32 bytes for Ed25519, 65 (an uncompressed point) for P-256. */
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, 'the public key in base64url, as the trainer hub exports it'),
    /** The first day slips signed with this key are good. */
    validFrom: day,
    /** The last day slips may be signed with it; slips signed before stay good after it. */
    validUntil: day,
  })
  .refine((key) => key.validUntil >= key.validFrom, {
    message: 'validUntil is before validFrom',
    path: ['validUntil'],
  });

export type TrainerKeyFile = z.infer<typeof trainerKeySchema>;
