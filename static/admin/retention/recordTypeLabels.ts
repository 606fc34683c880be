import type { RetentionRecordType } from '../../../src/contracts/retention.js';

/** The record types as the settings page names them. */
export const RECORD_TYPE_LABELS: Readonly<Record<RetentionRecordType, string>> = {
  escalationEvents: 'Escalation events', accessLog: 'Access log', deliveries: 'Alert deliveries', communications: 'Communications',
  reviews: 'Post-incident reviews', drills: 'Drills', audits: 'Adherence audits', evidencePacks: 'Evidence packs',
};
