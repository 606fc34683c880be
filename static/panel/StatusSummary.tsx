import type { IncidentView } from '../../src/contracts/resolvers.js';
import { StatusLozenge } from '../shared/StatusLozenge.js';
import { row, stack, subtle } from '../shared/styles.js';
import { Countdown } from './Countdown.js';
import { ownerText } from './ownerText.js';
import { EventDetail } from './EventDetail.js';
import { PersonName } from '../shared/people/PersonName.js';
import { PriorityLine } from './PriorityLine.js';

export function StatusSummary({ view, nowMs }: { view: IncidentView; nowMs: number }) {
  const { state, policy } = view;
  const levels = state.path && policy ? policy.levelsPerPath[state.path] : null;
  const waitingForAck = state.status === 'active' && state.ackDueAt !== null;
  return (
    <section aria-label="Escalation status" style={stack}>
      <div style={row}>
        <StatusLozenge status={state.status} />
        <span data-testid="escalation-path-level">
          {state.path ? `${capitalise(state.path)} path, level ${state.level ?? '—'}${levels ? ` of ${levels}` : ''}` : 'No path yet'}
        </span>
        {state.exhausted && <strong data-testid="exhausted">Every level has been paged</strong>}
      </div>
      <div style={subtle} data-testid="policy-name">
        {policy ? `Policy: ${policy.name} (version ${policy.version})` : 'No escalation policy applies to this issue'}
      </div>
      {view.priority && <PriorityLine priority={view.priority} />}
      <div data-testid="owner"><EventDetail text={ownerText(view)} /></div>
      {waitingForAck && (
        <Countdown label="Time left to acknowledge" at={state.ackDueAt} nowMs={nowMs} testId="ack-countdown" />
      )}
      {state.status === 'active' && (
        <Countdown label="Next level fires" at={state.nextEvaluationAt} nowMs={nowMs} testId="next-level-countdown"
          none={state.exhausted ? 'no further level' : 'not scheduled'} />
      )}
      {state.standDown && (
        <div data-testid="stand-down-note" style={subtle}>
          Stood down by <PersonName accountId={state.standDown.by} />: {state.standDown.reason}
        </div>
      )}
    </section>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
