import type { Alert } from '../../../../src/domain/alerts/alert.js';
import { suppression, type MaintenanceWindow, type PeakHoursRule } from '../../../../src/domain/alerts/ingest/suppression.js';
import { anAlert } from '../anAlert.js';

const oneOff: MaintenanceWindow = { id: 'mw-db-upgrade', service: 'checkout', kind: 'one-off', start: '2026-05-01T22:00:00Z', end: '2026-05-02T00:00:00Z' };
// Sundays 02:00–04:00 Berlin time, every week.
const weekly: MaintenanceWindow = { id: 'mw-sunday', service: 'search', kind: 'weekly', timeZone: 'Europe/Berlin', days: [7], start: '02:00', end: '04:00' };
// Black-Friday-style peak: weekdays 10:00–14:00 New York, only critical pages.
const peak: PeakHoursRule = { id: 'peak-retail', timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '10:00', end: '14:00', services: ['checkout'] };

describe('suppression', () => {
  test.each<[string, Partial<Alert>, string, object]>([
    ['inside a one-off window for its service', {}, '2026-05-01T23:00:00Z', { suppressed: true, by: 'maintenance', ruleId: 'mw-db-upgrade' }],
    ['at the one-off window end (exclusive)', {}, '2026-05-02T00:00:00Z', { suppressed: false }],
    ['a critical alert inside maintenance (maintenance still wins)', { severity: 'critical' }, '2026-05-01T23:00:00Z', { suppressed: true, by: 'maintenance' }],
    ['in the window, but for another service', { service: 'payments' }, '2026-05-01T23:00:00Z', { suppressed: false }],
    ['with no service, which no window covers', { service: null }, '2026-05-01T23:00:00Z', { suppressed: false }],
    ['weekly: Sunday 03:00 CEST (01:00Z)', { service: 'search' }, '2026-05-03T01:00:00Z', { suppressed: true, by: 'maintenance', ruleId: 'mw-sunday' }],
    ['weekly: Sunday 03:00 CET in winter (02:00Z)', { service: 'search' }, '2026-01-04T02:00:00Z', { suppressed: true, ruleId: 'mw-sunday' }],
    ['weekly: Sunday 04:00 CEST', { service: 'search' }, '2026-05-03T02:00:00Z', { suppressed: false }],
    ['peak hours: an error at Monday 11:00 EDT', {}, '2026-05-04T15:00:00Z', { suppressed: true, by: 'peak-hours', ruleId: 'peak-retail' }],
    ['peak hours: a critical at Monday 11:00 EDT pages', { severity: 'critical' }, '2026-05-04T15:00:00Z', { suppressed: false }],
    ['peak hours: Monday 14:00 EDT is after the peak', {}, '2026-05-04T18:00:00Z', { suppressed: false }],
    ['peak hours: a service the rule does not list', { service: 'search' }, '2026-05-04T15:00:00Z', { suppressed: false }],
    ['a resolve inside a maintenance window still gets through', { status: 'resolved' }, '2026-05-01T23:00:00Z', { suppressed: false }],
  ])('an alert %s → %j', (_name, overrides, at, expected) => {
    const result = suppression(anAlert(overrides), [oneOff, weekly], [peak], new Date(at));
    expect(result).toMatchObject(expected);
    if (!result.suppressed) expect(result).toEqual({ suppressed: false });
  });

  it('says why, so the caller can record the suppressed alert', () => {
    expect(suppression(anAlert(), [oneOff], [], new Date('2026-05-01T23:00:00Z'))).toEqual({
      suppressed: true,
      by: 'maintenance',
      ruleId: 'mw-db-upgrade',
      reason: 'checkout is in maintenance window mw-db-upgrade',
    });
    expect(suppression(anAlert({ severity: 'warning' }), [], [peak], new Date('2026-05-04T15:00:00Z'))).toEqual({
      suppressed: true,
      by: 'peak-hours',
      ruleId: 'peak-retail',
      reason: 'warning alert held during peak hours (peak-retail)',
    });
  });

  it('applies a peak rule without a service list to every service, even an unknown one', () => {
    const everywhere: PeakHoursRule = { ...peak, services: null };
    expect(suppression(anAlert({ service: null, severity: 'info' }), [], [everywhere], new Date('2026-05-04T15:00:00Z'))).toMatchObject({ suppressed: true, by: 'peak-hours' });
  });
});
