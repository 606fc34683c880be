import { nextHandoffs } from '../../../src/domain/oncall/nextHandoffs.js';
import { aLayer, anOverride, aSchedule, utc } from './scheduleBuilders.js';

const asRows = (handoffs: ReturnType<typeof nextHandoffs>) =>
  handoffs.map((h) => `${h.at.toISOString()} ${h.from ?? 'nobody'} -> ${h.to ?? 'nobody'}`);

describe('nextHandoffs', () => {
  it('lists daily handoffs at 09:00 local on both sides of the spring change', () => {
    const schedule = aSchedule([aLayer('Primary')]);
    expect(asRows(nextHandoffs(schedule, utc('2026-03-28T00:00:00Z'), 3))).toEqual([
      '2026-03-28T09:00:00.000Z cy -> ana',
      '2026-03-29T08:00:00.000Z ana -> bo',
      '2026-03-30T08:00:00.000Z bo -> cy',
    ]);
  });

  it('includes the start and end of an override, and skips shift boundaries that change nobody', () => {
    const schedule = aSchedule([aLayer('Primary', { participants: ['ana'] })], [
      anOverride('dentist', 'bo', '2026-03-10T13:00:00Z', '2026-03-10T15:00:00Z'),
    ]);
    expect(asRows(nextHandoffs(schedule, utc('2026-03-10T00:00:00Z'), 5))).toEqual([
      '2026-03-10T13:00:00.000Z ana -> bo',
      '2026-03-10T15:00:00.000Z bo -> ana',
    ]);
  });

  it('starts counting after `from`: a handoff exactly at `from` is not next', () => {
    const schedule = aSchedule([aLayer('Primary')]);
    expect(nextHandoffs(schedule, utc('2026-03-02T09:00:00Z'), 1)[0]?.at).toEqual(utc('2026-03-03T09:00:00Z'));
  });

  it('returns nothing when asked for no handoffs', () => {
    expect(nextHandoffs(aSchedule([aLayer('Primary')]), utc('2026-03-02T00:00:00Z'), 0)).toEqual([]);
  });
});
