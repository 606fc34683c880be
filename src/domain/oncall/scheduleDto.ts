import type { RotationDto, ScheduleDto } from '../../contracts/oncall.js';
import type { Rotation, Schedule } from './schedule.js';
import { validateSchedule } from './validateSchedule.js';

/** A schedule as JSON: the UI's shape and the stored shape (instants as ISO strings). */
export function toScheduleDto(s: Schedule): ScheduleDto {
  return {
    id: s.id,
    name: s.name,
    timeZone: s.timeZone,
    layers: s.layers.map((l) => ({ name: l.name, rotation: rotationDto(l.rotation) })),
    overrides: s.overrides.map((o) => ({ id: o.id, accountId: o.accountId, start: o.start.toISOString(), end: o.end.toISOString() })),
  };
}

function rotationDto(r: Rotation): RotationDto {
  const { restriction, participants, ...rest } = r;
  const out: RotationDto = { ...rest, participants: [...participants] };
  if (restriction) {
    out.restriction = {
      ...(restriction.weekdays ? { weekdays: [...restriction.weekdays] } : {}),
      ...(restriction.hours ? { hours: { ...restriction.hours } } : {}),
    };
  }
  return out;
}

/** Parses a stored schedule; a corrupt one fails loudly, naming the record and the field. */
export function parseStoredSchedule(key: string, value: unknown): Schedule {
  const r = validateSchedule(value);
  if (r.ok) return r.value;
  const e = r.errors[0]!;
  throw new Error(`stored record "${key}" is invalid at ${e.field || '(root)'}: ${e.message}`);
}
