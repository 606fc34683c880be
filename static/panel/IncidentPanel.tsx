import type { Envelope, IncidentView } from '../../src/contracts/resolvers';
import { useNow } from '../shared/useNow';
import { stack } from '../shared/styles';
import { ActionBar } from './ActionBar';
import { SlaList } from './SlaList';
import { StatusSummary } from './StatusSummary';
import { Timeline } from './Timeline';
import { WhyTrace } from './WhyTrace';

export function IncidentPanel({ view, offsetMs, applyAction }: {
  view: IncidentView;
  offsetMs: number;
  applyAction: (action: Promise<Envelope<IncidentView>>) => Promise<Envelope<IncidentView>>;
}) {
  const nowMs = useNow(offsetMs);
  return (
    <div style={stack}>
      <StatusSummary view={view} nowMs={nowMs} />
      <ActionBar view={view} applyAction={applyAction} />
      <SlaList slas={view.slas} serverNow={view.now} nowMs={nowMs} />
      <WhyTrace trace={view.trace} />
      <Timeline events={view.events} />
    </div>
  );
}
