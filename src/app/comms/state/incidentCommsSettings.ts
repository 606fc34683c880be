import type { EscalationConfig } from '../../../contracts/config.js';
import { defaultUpdateCadence } from '../../../domain/comms/cadence/updateCadence.js';
import {
  BridgeSettingsSchema, PublicUpdateSettingsSchema, UpdateCadenceSettingsSchema,
  type BridgeSettings, type PublicUpdateSettings, type UpdateCadenceSettings,
} from '../../../contracts/incidentCommsConfig.js';

/** The incident-communication sections of the escalation config (not the channel settings, which are the contracts' `CommsSettings`). */
export interface IncidentCommsSettings {
  bridge: BridgeSettings;
  cadence: UpdateCadenceSettings;
  publicUpdates: PublicUpdateSettings;
}


/**
 * The bridge, cadence and publishing sections with their defaults filled in. The sections are
 * optional in the stored configuration so that configurations saved before they existed stay
 * valid; parsing an absent section yields its defaults.
 */
export function incidentCommsSettings(config: EscalationConfig): IncidentCommsSettings {
  return {
    bridge: BridgeSettingsSchema.parse(config.bridge ?? {}),
    cadence: UpdateCadenceSettingsSchema.parse(config.updateCadence ?? defaultUpdateCadence),
    publicUpdates: PublicUpdateSettingsSchema.parse(config.publicUpdates ?? {}),
  };
}
