import type { Priority } from '../../../contracts/common.js';

/**
 * Minutes between stakeholder updates, per priority (the admin's setting is parsed by
 * `UpdateCadenceSettingsSchema` in the contracts). A priority left out gets no scheduled updates.
 */
export type UpdateCadence = { readonly [P in Priority]?: number };

/** P1 every 30 minutes, P2 every two hours; lower priorities are updated when something changes. */
export const defaultUpdateCadence: UpdateCadence = { P1: 30, P2: 120 };
