import type { IncidentView } from '../../../src/contracts/resolvers.js';
import type { Apply } from './apply.js';
import { card, stack } from '../../shared/styles.js';
import { BridgeCard } from './BridgeCard.js';
import { CommsLeadCard } from './CommsLeadCard.js';
import { PublishUpdateForm } from './PublishUpdateForm.js';
import { hhmm } from './hhmm.js';

/** Bridge, comms lead, the next stakeholder update and the public update form (issue 7). */
export function CommsSection({ view, applyAction }: { view: IncidentView; applyAction: Apply }) {
  const comms = view.comms;
  if (!comms) return null;
  return (
    <section aria-label="Communications" style={{ ...card, ...stack }} data-testid="comms-section">
      <h3 style={{ margin: 0 }}>Communications</h3>
      <BridgeCard issueKey={view.issueKey} comms={comms} applyAction={applyAction} />
      <CommsLeadCard issueKey={view.issueKey} comms={comms} applyAction={applyAction} />
      <p data-testid="next-update-due" data-overdue={comms.updateOverdue ? 'true' : 'false'} style={{ margin: 0 }}>
        {comms.nextUpdateDueAt === null
          ? 'No stakeholder update cadence applies right now.'
          : `${comms.updateOverdue ? 'Stakeholder update overdue since' : 'Next stakeholder update due'} ${hhmm(comms.nextUpdateDueAt)}`}
        {comms.lastUpdateAt && ` (last update ${hhmm(comms.lastUpdateAt)})`}
      </p>
      <PublishUpdateForm issueKey={view.issueKey} comms={comms} applyAction={applyAction} />
    </section>
  );
}
