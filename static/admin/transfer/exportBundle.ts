import type { EscalationConfig } from '../../../src/contracts/config.js';
import type { Policy } from '../../../src/contracts/policy.js';

export const EXPORT_FORMAT = 'jsm-incident-escalation';

/** The whole configuration as one JSON document: what export writes and import reads. */
export interface ExportBundle {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  config: EscalationConfig;
  policies: Policy[];
}

export function makeExportBundle(config: EscalationConfig, policies: readonly Policy[], now: Date): ExportBundle {
  const sorted = [...policies].sort((a, b) => a.id.localeCompare(b.id));
  return { format: EXPORT_FORMAT, formatVersion: 1, exportedAt: now.toISOString(), config, policies: sorted };
}
