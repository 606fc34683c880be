import type { FieldErrorDto } from '../../src/contracts/resolvers.js';

export type PathSegment = string | number;

// The request field each editor's object travels in; editors name fields relative to that object.
const wrappers = new Set(['policy', 'config', 'schedule', 'mapping', 'team']);

/** ["paths","technical","levels",1,"delayMinutes"] → "paths.technical.levels[1].delayMinutes", the resolvers' spelling. */
export function toFieldPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/**
 * Brings any spelling a validator may use to the one toFieldPath produces: numeric segments
 * written as ".1" or "/1", and the request's wrapper ("policy.", "config.", "schedule.", "mapping." or "team.") dropped, because
 * the editors name fields relative to the object they edit.
 */
export function normalizeFieldPath(field: string): string {
  const segments = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((s) => s !== '');
  if (segments[0] !== undefined && wrappers.has(segments[0])) segments.shift();
  return toFieldPath(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
}

/** Field errors grouped by normalised path; one field may have several messages. */
export function indexFieldErrors(fields: readonly FieldErrorDto[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { field, message } of fields) {
    const key = normalizeFieldPath(field);
    map.set(key, [...(map.get(key) ?? []), message]);
  }
  return map;
}
