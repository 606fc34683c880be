import type { EscalationConfig } from '../../../contracts/config.js';
import { defaultUpdateCadence } from '../../../domain/comms/cadence/updateCadence.js';
import {
  BridgeSettingsSchema, PublicUpdateSettingsSchema, UpdateCadenceSettingsSchema,
  type BridgeSettings, type PublicUpdateSettings, type UpdateCadenceSettings,
} from '../../../contracts/incidentCommsConfig.js';

export interface CommsSettings {
  bridge: BridgeSettings;
  cadence: UpdateCadenceSettings;
  publicUpdates: PublicUpdateSettings;
}


/**
 * The bridge, cadence and publishing sections with their defaults filled in. The sections are
 * optional in the stored configuration so that configurations saved before they existed stay
 * valid; parsing an absent section yields its defaults.
 */
export function commsSettings(config: EscalationConfig): CommsSettings {
  return {
    bridge: BridgeSettingsSchema.parse(config.bridge ?? {}),
    cadence: UpdateCadenceSettingsSchema.parse(config.updateCadence ?? defaultUpdateCadence),
    publicUpdates: PublicUpdateSettingsSchema.parse(config.publicUpdates ?? {}),
  };
}
