import { z } from 'zod';
import { PrioritySchema } from '../../../contracts/common.js';

const bridgeLineSchema = z
  .object({
    url: z
      .string()
      .url('must be a web address')
      .refine((url) => url.startsWith('https://'), 'must start with https://'),
    // Digits, spaces and the separators dial strings use: `,` pauses and `#` ends a PIN.
    dialIn: z.string().regex(/^\+?[0-9 ,#*()-]{3,64}$/, 'must be a phone number, e.g. +44 20 7946 0000,,123456#').optional(),
  })
  .strict();

/**
 * Where and when a conference bridge opens. A service's own line replaces the global one as a
 * whole, so a service URL is never paired with another bridge's dial-in.
 */
export const bridgeConfigSchema = z
  .object({
    /** Least urgent priority that opens a bridge: `P2` opens one for P1 and P2. */
    openAtOrAbove: PrioritySchema,
    global: bridgeLineSchema.optional(),
    services: z.record(z.string().min(1), bridgeLineSchema).default({}),
  })
  .strict();

export type BridgeConfig = z.infer<typeof bridgeConfigSchema>;
export type BridgeLine = z.infer<typeof bridgeLineSchema>;
