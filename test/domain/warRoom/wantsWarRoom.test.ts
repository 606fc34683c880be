import { WarRoomSettingsSchema } from '../../../src/contracts/commsSettings.js';
import { wantsWarRoom } from '../../../src/domain/warRoom/wantsWarRoom.js';

const on = WarRoomSettingsSchema.parse({ enabled: true, minPriority: 'P2' });
const facts = { protocols: [] as string[], priority: 'P3' as const, resolved: false, drill: false };

describe('wantsWarRoom', () => {
  it.each([
    ['a protocol-engaged P3', { ...facts, protocols: ['Payments joint'] }, true, 'protocol Payments joint'],
    ['a P1 without a protocol', { ...facts, priority: 'P1' as const }, true, 'priority P1'],
    ['a P2 at the threshold', { ...facts, priority: 'P2' as const }, true, 'priority P2'],
    ['a P3 without a protocol', facts, false, 'neither protocol-engaged nor P2 or higher'],
    ['a resolved P1', { ...facts, priority: 'P1' as const, resolved: true }, false, 'the incident is resolved'],
    ['a drill P1', { ...facts, priority: 'P1' as const, drill: true }, false, 'drills get no war room unless war rooms for drills are on'],
  ])('%s', (_, f, wanted, why) => {
    expect(wantsWarRoom(on, f)).toEqual({ wanted, why });
  });

  it('opens for a drill only when war rooms for drills are on', () => {
    expect(wantsWarRoom({ ...on, drills: true }, { ...facts, priority: 'P1', drill: true })).toEqual({ wanted: true, why: 'priority P1' });
  });

  it('with no priority threshold only protocol-engaged incidents get one', () => {
    expect(wantsWarRoom({ ...on, minPriority: null }, { ...facts, priority: 'P1' }).wanted).toBe(false);
  });

  it('nothing opens while war rooms are off', () => {
    expect(wantsWarRoom(WarRoomSettingsSchema.parse({}), { ...facts, protocols: ['x'] })).toEqual({ wanted: false, why: 'war rooms are off' });
  });
});
