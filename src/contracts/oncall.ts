import { z } from 'zod';

/**
 * On-call schedules as the admin UI sends and receives them. The server checks every field with
 * the domain's schedule validator and answers with field paths such as
 * `layers[0].rotation.participants`.
 */
export interface RotationDto {
  kind: 'daily' | 'weekly' | 'custom';
  shiftLengthHours?: number;
  handoffTime: string;
  timeZone: string;
  participants: string[];
  startDate: string;
  restriction?: { weekdays?: Array<'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat'>; hours?: { from: string; to: string } };
}

export interface ScheduleDto {
  id: string;
  name: string;
  timeZone: string;
  layers: Array<{ name: string; rotation: RotationDto }>;
  /** Instants are ISO strings. */
  overrides: Array<{ id: string; accountId: string; start: string; end: string }>;
}

export interface ScheduleSummary {
  schedule: ScheduleDto;
  savedBy: string;
  savedAt: string;
  /** Policy levels that page this schedule, so an admin sees what a change affects. */
  usedBy: Array<{ policyId: string; path: string; level: number; as: 'target' | 'backup' }>;
}

export interface OnCallSegmentDto {
  start: string;
  end: string;
  /** null: nobody is on call. */
  accountId: string | null;
}

export interface SchedulePreview {
  scheduleId: string;
  from: string;
  /** The segments and handoffs cover [from, until): 14 days. */
  until: string;
  segments: OnCallSegmentDto[];
  handoffs: Array<{ at: string; from: string | null; to: string | null }>;
  /** Gaps with nobody on call in the next 30 local days. */
  gaps: Array<{ start: string; end: string }>;
}

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);
/**
 * A schedule id is part of its app-storage key, so it may hold only what a KVS key can (letters
 * A–Z, digits, space and . _ : - #, plus / and @, which the key maps): an id with anything else
 * could never have been saved, and is refused naming the field rather than failing in storage.
 */
export const SCHEDULE_ID_PATTERN = /^[A-Za-z0-9:._ #/@-]+$/;
export const SCHEDULE_ID_MESSAGE = 'may contain only letters A–Z, digits, spaces and . _ : - # / @';
const scheduleId = z.string().trim().min(1, 'must not be empty').max(128).regex(SCHEDULE_ID_PATTERN, SCHEDULE_ID_MESSAGE);

export const SaveScheduleRequestSchema = z.object({ schedule: z.unknown(), reason });
export type SaveScheduleRequest = z.infer<typeof SaveScheduleRequestSchema>;
export const DeleteScheduleRequestSchema = z.object({ id: scheduleId, reason });
export type DeleteScheduleRequest = z.infer<typeof DeleteScheduleRequestSchema>;
/** Preview a saved schedule by id, or a draft that has not been saved yet. */
export const PreviewScheduleRequestSchema = z.union([
  z.object({ id: scheduleId }).strict(),
  z.object({ schedule: z.unknown() }).strict(),
]);
export type PreviewScheduleRequest = z.infer<typeof PreviewScheduleRequestSchema>;
