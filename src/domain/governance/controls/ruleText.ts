import type { AdherenceRule } from '../adherence/adherenceCheck.js';

/** How a control's summary names each adherence rule. */
export const ruleText: Readonly<Record<AdherenceRule, string>> = {
  levelOnTime: 'escalation to each level within its threshold',
  followUpInTime: 'acknowledgement or follow-up within the ack timeout',
  backupOnGap: 'a backup paged when nobody was on call',
  bridgeJoined: 'bridge joined within its deadline',
  updateCadence: 'stakeholder updates on cadence',
  manualActionJustified: 'manual escalations and stand-downs with a reason, by an authorised role',
  reviewOnTime: 'post-incident review opened and completed on time',
};
