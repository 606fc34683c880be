import type { Layer, Override, Rotation, Schedule } from '../../../src/domain/oncall/schedule.js';

/** A daily London rotation of ana, bo, cy from Sunday 2026-03-01 at 09:00; override any field. */
export function aRotation(overrides: Partial<Rotation> = {}): Rotation {
  return {
    kind: 'daily',
    handoffTime: '09:00',
    timeZone: 'Europe/London',
    participants: ['ana', 'bo', 'cy'],
    startDate: '2026-03-01',
    ...overrides,
  };
}

export function aLayer(name: string, rotation: Partial<Rotation> = {}): Layer {
  return { name, rotation: aRotation(rotation) };
}

export function anOverride(id: string, accountId: string, start: string, end: string): Override {
  return { id, accountId, start: new Date(start), end: new Date(end) };
}

export function aSchedule(layers: Layer[], overrides: Override[] = []): Schedule {
  return { id: 'payments', name: 'Payments', timeZone: 'Europe/London', layers, overrides };
}

export const utc = (iso: string): Date => new Date(iso);
