import { z } from 'zod';

/** What export writes and import reads, in JSON or YAML: the site's whole escalation setup. */
export const EXPORT_FORMAT = 'jsm-incident-escalation';

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);

/**
 * The sections are parsed by the server, which names every field it refuses
 * (`config.services[0].name`, `policies[1].paths.technical.levels[0].delayMinutes`,
 * `schedules[0].layers[0].rotation.participants[1]`, `roleMapping.auditor.groups[0]`,
 * `integrations[0].correlation[1].id`, `alertSettings.maintenanceWindows[0].end`).
 * `expectedVersions` are the stored policy versions the preview compared against: a policy
 * saved by someone else since makes the whole import a CONFLICT.
 */
export const ImportConfigurationRequestSchema = z.object({
  bundle: z.object({
    format: z.literal(EXPORT_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(2)]),
    config: z.unknown(),
    policies: z.array(z.unknown()).max(200),
    schedules: z.array(z.unknown()).max(200).optional(),
    roleMapping: z.unknown().optional(),
    /** Integrations without their secrets; an id not stored yet is created with a fresh secret. */
    integrations: z.array(z.unknown()).max(200).optional(),
    /** Maintenance windows and peak hours. */
    alertSettings: z.unknown().optional(),
  }).passthrough(),
  expectedVersions: z.record(z.number().int().min(0)).default({}),
  deleteMissing: z.boolean().default(false),
  reason,
});
export type ImportConfigurationRequest = z.input<typeof ImportConfigurationRequestSchema>;

export interface ImportConfigurationResult {
  configChanged: boolean;
  policiesSaved: string[];
  policiesDeleted: string[];
  schedulesSaved: string[];
  roleMappingSaved: boolean;
  /** Changed integrations, and those the import created (each with a new secret, to be rotated to read it). */
  integrationsSaved: string[];
  integrationsCreated: string[];
  alertSettingsSaved: boolean;
}
