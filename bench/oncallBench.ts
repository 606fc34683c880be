import type { Layer, Override, Rotation, Schedule, Weekday } from '../src/domain/oncall/schedule.js';
import { whoIsOnCall } from '../src/domain/oncall/whoIsOnCall.js';

// Deterministic so runs are comparable: the same schedules and instants every time.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles', 'Europe/Berlin'];
const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 24 * 3_600_000;
const BENCH_MS = 1_000;

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function buildRotation(random: () => number, index: number): Rotation {
  const kinds = ['daily', 'weekly', 'custom'] as const;
  const kind = pick(random, kinds);
  const participants = Array.from({ length: 2 + Math.floor(random() * 6) }, (_, i) => `user-${index}-${i}`);
  const hour = String(Math.floor(random() * 24)).padStart(2, '0');
  const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
  const restriction =
    random() < 0.5 ? { hours: { from: '09:00', to: '17:00' }, ...(random() < 0.5 ? { weekdays } : {}) } : undefined;
  return {
    kind,
    ...(kind === 'custom' ? { shiftLengthHours: pick(random, [8, 12, 36]) } : {}),
    handoffTime: `${hour}:00`,
    timeZone: pick(random, ZONES),
    participants,
    startDate: '2025-06-02',
    ...(restriction ? { restriction } : {}),
  };
}

function buildSchedule(random: () => number, index: number): Schedule {
  const layers: Layer[] = Array.from({ length: 2 + Math.floor(random() * 2) }, (_, i) => ({
    name: `Layer ${i + 1}`,
    rotation: buildRotation(random, index * 10 + i),
  }));
  // Twelve non-overlapping overrides, one per month, of 2 to 48 hours.
  const overrides: Override[] = Array.from({ length: 12 }, (_, month) => {
    const start = Date.UTC(2026, month, 1 + Math.floor(random() * 25), Math.floor(random() * 24));
    return { id: `o-${index}-${month}`, accountId: `cover-${index}`, start: new Date(start), end: new Date(start + (2 + random() * 46) * 3_600_000) };
  });
  return { id: `schedule-${index}`, name: `Schedule ${index}`, timeZone: pick(random, ZONES), layers, overrides };
}

/** Queries per second of whoIsOnCall over 100 mixed schedules at seeded instants in 2026. */
export async function runOncallBench(): Promise<{ oncall: { whoIsOnCall: { perSecond: number } } }> {
  const random = mulberry32(20260327);
  const schedules = Array.from({ length: 100 }, (_, i) => buildSchedule(random, i));
  const instants = Array.from({ length: 10_000 }, () => new Date(YEAR_START + Math.floor(random() * YEAR_MS)));

  let queries = 0;
  let onCall = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < BENCH_MS) {
    for (let i = 0; i < 1_000; i += 1) {
      const schedule = schedules[queries % schedules.length];
      const at = instants[queries % instants.length];
      if (schedule && at && whoIsOnCall(schedule, at).onCall) onCall += 1;
      queries += 1;
    }
    elapsed = performance.now() - started;
  }
  // Using the answers keeps the engine from discarding the calls as dead code.
  if (onCall < 0) throw new Error('unreachable');
  return { oncall: { whoIsOnCall: { perSecond: Math.round((queries * 1_000) / elapsed) } } };
}
