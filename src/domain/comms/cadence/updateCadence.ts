import { z } from 'zod';
import type { Priority } from '../../../contracts/common.js';

/**
 * Minutes between stakeholder updates, per priority. A priority left out gets no scheduled
 * updates. Five minutes is the floor: more often is noise, not communication.
 */
export const updateCadenceSchema = z
  .object({
    P1: z.number().int().min(5).max(1440).optional(),
    P2: z.number().int().min(5).max(1440).optional(),
    P3: z.number().int().min(5).max(1440).optional(),
    P4: z.number().int().min(5).max(1440).optional(),
    P5: z.number().int().min(5).max(1440).optional(),
  })
  .strict();

export type UpdateCadence = { readonly [P in Priority]?: number };

/** P1 every 30 minutes, P2 every two hours; lower priorities are updated when something changes. */
export const defaultUpdateCadence: UpdateCadence = { P1: 30, P2: 120 };
