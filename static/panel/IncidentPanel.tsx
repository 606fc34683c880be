import type { Envelope, IncidentView } from '../../src/contracts/resolvers.js';
import { useCallback } from 'react';
import { invokeResolver } from '../shared/api.js';
import { useNow } from '../shared/useNow.js';
import { stack } from '../shared/styles.js';
import { ActionBar } from './ActionBar.js';
import { CommsSection } from './comms/CommsSection.js';
import { SlaList } from './SlaList.js';
import { StatusSummary } from './StatusSummary.js';
import { TamperWarning } from './TamperWarning.js';
import { Timeline } from './Timeline.js';
import { WhyTrace } from './WhyTrace.js';
import { ReviewSection } from './review/ReviewSection.js';
import { CoordinationSection } from './coordination/CoordinationSection.js';

export function IncidentPanel({ view, offsetMs, applyAction }: {
  view: IncidentView;
  offsetMs: number;
  applyAction: (action: Promise<Envelope<IncidentView>>) => Promise<Envelope<IncidentView>>;
}) {
  const nowMs = useNow(offsetMs);
  const refreshView = useCallback(() => { void applyAction(invokeResolver('getIncidentView', { issueKey: view.issueKey })); }, [applyAction, view.issueKey]);
  return (
    <div style={stack}>
      <TamperWarning view={view} />
      <StatusSummary view={view} nowMs={nowMs} />
      <ReviewSection issueKey={view.issueKey} refreshKey={`${view.state.status}:${view.events.length}`} />
      <ActionBar view={view} applyAction={applyAction} />
      <CommsSection view={view} applyAction={applyAction} />
      <CoordinationSection issueKey={view.issueKey} refreshKey={`${view.state.status}:${view.events.length}`} nowMs={nowMs} onChanged={refreshView} />
      <SlaList slas={view.slas} serverNow={view.now} nowMs={nowMs} />
      <WhyTrace trace={view.trace} />
      <Timeline events={view.events} />
    </div>
  );
}
