import { CommsSettingsSchema, type CommsSettings } from '../../../contracts/commsSettings.js';
import type { CommsStore } from '../../../ports/commsStore.js';

/** Nothing configured yet: every chat and SMS channel off, no standing recipients. */
export const emptyCommsSettings: CommsSettings = CommsSettingsSchema.parse({});

export async function commsSettingsOrDefault(comms: Pick<CommsStore, 'getSettings'>): Promise<CommsSettings> {
  return (await comms.getSettings()) ?? emptyCommsSettings;
}
