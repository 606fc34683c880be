import type { RoleMappingView } from '../../../src/contracts/access.js';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { EXPORT_FORMAT } from '../../../src/contracts/configTransfer.js';
import type { ScheduleDto } from '../../../src/contracts/oncall.js';
import type { AlertSettings, Integration } from '../../../src/contracts/integration.js';
import type { Policy } from '../../../src/contracts/policy.js';

export { EXPORT_FORMAT };

/**
 * The whole configuration as one document: what export writes and import reads. Version 1
 * files (config and policies only) still import; their schedules and role mapping stay as
 * they are.
 */
export interface ExportBundle {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1 | 2;
  exportedAt: string;
  config: EscalationConfig;
  policies: Policy[];
  schedules?: ScheduleDto[];
  roleMapping?: RoleMappingView['mapping'];
  /** Without secrets: those never leave the server. */
  integrations?: Integration[];
  alertSettings?: AlertSettings;
}

export interface ExportExtras {
  schedules?: readonly ScheduleDto[];
  roleMapping?: RoleMappingView['mapping'];
  integrations?: readonly Integration[];
  alertSettings?: AlertSettings;
}

export function makeExportBundle(config: EscalationConfig, policies: readonly Policy[], now: Date,
  more: ExportExtras = {}): ExportBundle {
  const sorted = [...policies].sort((a, b) => a.id.localeCompare(b.id));
  const schedules = more.schedules ? [...more.schedules].sort((a, b) => a.id.localeCompare(b.id)) : undefined;
  const integrations = more.integrations ? [...more.integrations].sort((a, b) => a.id.localeCompare(b.id)) : undefined;
  return { format: EXPORT_FORMAT, formatVersion: 2, exportedAt: now.toISOString(), config, policies: sorted,
    ...(schedules ? { schedules } : {}), ...(more.roleMapping ? { roleMapping: more.roleMapping } : {}),
    ...(integrations ? { integrations } : {}), ...(more.alertSettings ? { alertSettings: more.alertSettings } : {}) };
}
