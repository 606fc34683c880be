import type { ShiftHandoff } from '../../../src/contracts/shiftHandoff.js';
import { shiftHandoffEscalation } from '../../../src/domain/oncall/shiftHandoffEscalation.js';

const h = (overrides: Partial<ShiftHandoff> = {}): ShiftHandoff => ({
  id: 'net@2026-11-28T09:00:00.000Z', scheduleId: 'net', scheduleName: 'Network on-call', shiftEndsAt: '2026-11-28T09:00:00.000Z', outgoing: 'ned', incoming: 'nia',
  incidents: ['ITOPS-1'], note: 'n', state: 'requested', requestedAt: '2026-11-28T08:00:00.000Z', acceptedAt: null, escalatedAt: null, escalatedTo: [], ...overrides,
});
const network = { scheduleId: 'net', managers: ['boss'], liaisons: ['nia', 'lia'] };
const at = (iso: string) => Date.parse(iso);

describe('shiftHandoffEscalation', () => {
  it.each([
    ['before the shift change', h(), [network], '2026-11-28T08:59:00Z', { due: false }],
    ['14 minutes after the change: still in the grace', h(), [network], '2026-11-28T09:14:59Z', { due: false }],
    ['15 minutes after the change: to the team\'s manager path', h(), [network], '2026-11-28T09:15:00Z', { due: true, to: ['boss'] }],
    ['a team with no manager: to its liaisons other than the incoming', h(), [{ ...network, managers: [] }], '2026-11-28T09:15:00Z', { due: true, to: ['lia'] }],
    ['no team on the schedule: back to the outgoing person', h(), [{ ...network, scheduleId: 'other' }], '2026-11-28T09:15:00Z', { due: true, to: ['ned'] }],
    ['already accepted', h({ state: 'accepted', acceptedAt: '2026-11-28T08:30:00.000Z' }), [network], '2026-11-28T10:00:00Z', { due: false }],
    ['already escalated', h({ escalatedAt: '2026-11-28T09:15:00.000Z', escalatedTo: ['boss'] }), [network], '2026-11-28T10:00:00Z', { due: false }],
  ])('%s', (_name, handoff, teams, now, expected) => {
    expect(shiftHandoffEscalation(handoff, teams, at(now))).toEqual(expected);
  });
});
