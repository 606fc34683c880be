import type { Deviation } from '../../../src/contracts/governance.js';

/** The adherence rules in words, as auditors read them. */
export const RULE_LABELS: Readonly<Record<Deviation['rule'], string>> = {
  levelOnTime: 'Level on time', followUpInTime: 'Follow-up within the ack timeout', backupOnGap: 'Backup on a gap',
  bridgeJoined: 'Bridge joined', updateCadence: 'Update cadence', manualActionJustified: 'Manual action justified', reviewOnTime: 'PIR on time',
};
