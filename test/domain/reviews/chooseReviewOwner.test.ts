import { chooseReviewOwner } from '../../../src/domain/reviews/chooseReviewOwner.js';
import { reviewFacts } from '../../../src/domain/reviews/reviewFacts.js';
import type { EventLogEntry } from '../../../src/contracts/events.js';

describe('chooseReviewOwner', () => {
  it.each([
    ['the last escalation owner first', { escalationOwner: 'lead-lee', commsLead: 'manager-max', assignee: 'agent-ana' }, 'lead-lee', 'escalation'],
    ['the comms lead when nobody acknowledged', { escalationOwner: null, commsLead: 'manager-max', assignee: 'agent-ana' }, 'manager-max', 'commsLead'],
    ['the assignee when neither', { escalationOwner: null, commsLead: null, assignee: 'agent-ana' }, 'agent-ana', 'assignee'],
    ['nobody', { escalationOwner: null, commsLead: null, assignee: null }, null, 'none'],
  ])('%s', (_name, candidates, ownerAccountId, ownerSource) => {
    expect(chooseReviewOwner(candidates)).toEqual({ ownerAccountId, ownerSource });
  });
});

const event = (type: EventLogEntry['type'], path: EventLogEntry['path']): EventLogEntry => ({
  incidentKey: 'ITOPS-1', at: '2026-11-30T10:00:00.000Z', type, path, level: 1, loop: 0, detail: '', policyId: 'default', policyVersion: 1, seq: 0,
});

describe('reviewFacts', () => {
  it('collects every path the escalation reached, and whether it was escalated at all', () => {
    const f = reviewFacts(null, [event('triggered', 'technical'), event('paged', 'technical'), event('pathChanged', 'managerial')], 'Payments');
    expect(f).toEqual({ escalated: true, priority: null, pathsReached: ['managerial', 'technical'], service: 'Payments' });
  });

  it('alerts alone are not an escalation', () => {
    expect(reviewFacts(null, [event('alertReceived', 'technical')], null)).toMatchObject({ escalated: false, pathsReached: [] });
  });
});
