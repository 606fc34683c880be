import type { Tier } from '../../../src/domain/oncall/tier.js';
import { tierResponders } from '../../../src/domain/oncall/tierResponders.js';
import { aLayer, aSchedule, utc } from './scheduleBuilders.js';

const officeHours = { ...aSchedule([aLayer('Office', { restriction: { hours: { from: '09:00', to: '17:00' } } })]), id: 'office' };
const roundTheClock = { ...aSchedule([aLayer('All day', { participants: ['zoe'] })]), id: 'night' };
const schedules = new Map([
  ['office', officeHours],
  ['night', roundTheClock],
]);

describe('tierResponders', () => {
  test.each<[string, Tier, string, string | null, string | null, string | null]>([
    ['the primary schedule has someone', { name: 'L1', primary: { kind: 'schedule', scheduleId: 'office' }, backup: { kind: 'user', accountId: 'lead' } }, '2026-03-16T10:00:00Z', 'ana', 'lead', 'ana'],
    ['the primary schedule has a gap, so the backup is paged', { name: 'L1', primary: { kind: 'schedule', scheduleId: 'office' }, backup: { kind: 'user', accountId: 'lead' } }, '2026-03-16T20:00:00Z', null, 'lead', 'lead'],
    ['a backup schedule resolves to its on-call person', { name: 'L1', primary: { kind: 'schedule', scheduleId: 'office' }, backup: { kind: 'schedule', scheduleId: 'night' } }, '2026-03-16T20:00:00Z', null, 'zoe', 'zoe'],
    ['an unknown schedule reaches nobody', { name: 'L1', primary: { kind: 'schedule', scheduleId: 'gone' }, backup: { kind: 'user', accountId: 'lead' } }, '2026-03-16T10:00:00Z', null, 'lead', 'lead'],
    ['a named primary person is always reached', { name: 'L2', primary: { kind: 'user', accountId: 'boss' }, backup: { kind: 'user', accountId: 'lead' } }, '2026-03-16T20:00:00Z', 'boss', 'lead', 'boss'],
  ])('%s', (_, tier, at, primary, backup, pageFirst) => {
    expect(tierResponders(tier, schedules, utc(at))).toEqual({ primary, backup, pageFirst });
  });
});
