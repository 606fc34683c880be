import type { EventLogEntry } from '../../src/contracts/events.js';
import { EmptyState } from '../shared/EmptyState.js';
import { newestFirst } from '../shared/newestFirst.js';
import { heading, subtle } from '../shared/styles.js';
import { token } from '@atlaskit/tokens';
import { PersonName } from '../shared/people/PersonName.js';
import { EventDetail } from './EventDetail.js';

// Actors are account ids, or what acted without a person: an integration ("integration:prometheus")
// or a rule ("escalation step …", with spaces). Only people have a name to look up.
const isPerson = (actor: string) => /^[A-Za-z0-9:_-]+$/.test(actor) && !actor.startsWith('integration:');

const words: Record<EventLogEntry['type'], string> = {
  triggered: 'Triggered',
  manualEscalation: 'Escalated by hand',
  paged: 'Paged',
  repeated: 'Page repeated',
  backupPaged: 'Backup paged',
  levelChanged: 'Level changed',
  pathChanged: 'Path changed',
  exhausted: 'Every level paged',
  acknowledged: 'Acknowledged',
  stoodDown: 'Stood down',
  resolved: 'Resolved',
  alertReceived: 'Alert received',
  alertResolved: 'Alert resolved',
  communication: 'Communication sent',
  bridgeOpened: 'Bridge opened',
  bridgeJoined: 'Joined the bridge',
  bridgeMissed: 'Bridge join missed',
  commsLeadDesignated: 'Comms lead designated',
  updatePublished: 'Public update published',
  reviewOpened: 'Post-incident review opened',
  reviewReminded: 'Review owner reminded',
  reviewOverdue: 'Review overdue: escalated',
  reviewPaused: 'Review clock paused',
  reviewResumed: 'Review clock resumed',
  reviewCompleted: 'Review completed',
  reviewReopened: 'Review reopened',
  problemOpened: 'Recurring: systemic problem opened',
  problemLinked: 'Recurring: linked to a systemic problem',
  teamEngaged: 'Team engaged',
  teamAcknowledged: 'Team acknowledged',
  teamReleased: 'Team released',
  olaBreached: 'OLA missed: escalated within the team',
  handoffRequested: 'Handoff requested',
  handoffAccepted: 'Handoff accepted',
  handoffDeclined: 'Handoff declined',
  handoffEscalated: 'Handoff escalated',
  commanderDesignated: 'Incident commander designated',
  stateAdopted: 'State adopted into app storage',
  stateRestored: 'Issue property restored (changed outside the app)',
  warRoomOpened: 'War room opened',
  warRoomArchived: 'War room archived',
  tabletopInject: 'Tabletop inject',
  shiftHandoffRequested: 'Shift handover written',
  shiftHandoffAccepted: 'Shift handover accepted',
  shiftHandoffEscalated: 'Shift handover not accepted in time: escalated',
};

/** Every escalation event, newest first. */
export function Timeline({ events }: { events: EventLogEntry[] }) {
  const ordered = newestFirst(events);
  return (
    <section aria-labelledby="timeline-heading">
      <h3 id="timeline-heading" style={heading}>Timeline</h3>
      {ordered.length === 0 ? (
        <EmptyState testId="timeline-empty">No escalation events yet.</EmptyState>
      ) : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="timeline">
          {ordered.map((e) => (
            <li key={`${e.at}:${e.seq}:${e.type}`} data-testid="timeline-item" data-type={e.type}
              style={{ borderLeft: `2px solid ${token('color.border')}`, paddingLeft: token('space.100'), marginBottom: token('space.100') }}>
              <div>
                <strong>{words[e.type]}</strong>
                {e.path && <span> · {e.path}{e.level !== null ? ` level ${e.level}` : ''}{e.loop > 0 ? ` (repeat ${e.loop})` : ''}</span>}
              </div>
              <div style={subtle}>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time>
                {e.actor && <span> · {isPerson(e.actor) ? <PersonName accountId={e.actor} /> : e.actor}</span>}
              </div>
              {e.detail && <div><EventDetail text={e.detail} /></div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
