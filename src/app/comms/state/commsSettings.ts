import type { EscalationConfig } from '../../../contracts/config.js';
import {
  BridgeSettingsSchema, PublicUpdateSettingsSchema, UpdateCadenceSettingsSchema,
  type BridgeSettings, type PublicUpdateSettings, type UpdateCadenceSettings,
} from '../../../contracts/incidentCommsConfig.js';

export interface CommsSettings {
  bridge: BridgeSettings;
  cadence: UpdateCadenceSettings;
  publicUpdates: PublicUpdateSettings;
}

/** P1 every 30 minutes and P2 every two hours when an admin has not set a cadence. */
const DEFAULT_CADENCE = { P1: 30, P2: 120 };

/**
 * The bridge, cadence and publishing sections with their defaults filled in. The sections are
 * optional in the stored configuration so that configurations saved before they existed stay
 * valid; parsing an absent section yields its defaults.
 */
export function commsSettings(config: EscalationConfig): CommsSettings {
  return {
    bridge: BridgeSettingsSchema.parse(config.bridge ?? {}),
    cadence: UpdateCadenceSettingsSchema.parse(config.updateCadence ?? DEFAULT_CADENCE),
    publicUpdates: PublicUpdateSettingsSchema.parse(config.publicUpdates ?? {}),
  };
}
