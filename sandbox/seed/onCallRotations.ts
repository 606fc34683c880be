import type { ScheduleDto } from '../../src/contracts/oncall.js';

const ANA = 'sandbox-agent-ana';
const BEN = 'sandbox-agent-ben';
const LENA = 'sandbox-lead-lena';
const OMAR = 'sandbox-lead-omar';

export const PRIMARY_SCHEDULE_ID = 'itops-primary';
export const BACKUP_SCHEDULE_ID = 'itops-backup';

type Layer = ScheduleDto['layers'][number];

// Follow the sun: New York holds the pager around the clock as the base layer, and London's
// office hours sit on top of it (the topmost layer with someone on call wins), so there is no gap.
const newYork = (participants: string[]): Layer => ({
  name: 'New York',
  rotation: { kind: 'weekly', handoffTime: '09:00', timeZone: 'America/New_York', participants, startDate: '2026-01-05' },
});
const londonDays = (participants: string[]): Layer => ({
  name: 'London office hours',
  rotation: {
    kind: 'weekly', handoffTime: '08:00', timeZone: 'Europe/London', participants, startDate: '2026-01-05',
    restriction: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: { from: '08:00', to: '18:00' } },
  },
});

/**
 * The showcase's on-call rotations, in two time zones. The backup rotation holds the same
 * people in the other order and starts on the same day, so the backup is never the person
 * already paged as primary.
 */
export const ONCALL_SCHEDULES: readonly ScheduleDto[] = [
  { id: PRIMARY_SCHEDULE_ID, name: 'IT Operations primary on-call', timeZone: 'Europe/London', overrides: [], layers: [newYork([BEN, OMAR]), londonDays([ANA, LENA])] },
  { id: BACKUP_SCHEDULE_ID, name: 'IT Operations backup on-call', timeZone: 'Europe/London', overrides: [], layers: [newYork([OMAR, BEN]), londonDays([LENA, ANA])] },
];
