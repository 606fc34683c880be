import { getAlertSettings, saveAlertSettings } from '../../../../src/app/alerts/admin/alertSettingsAdmin.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { integrationHarness } from './integrationHarness.js';

const window = { id: 'payments-db-upgrade', service: 'Payments', kind: 'one-off', start: '2026-11-28T22:00:00.000Z', end: '2026-11-29T02:00:00.000Z' };
const weekly = { id: 'email-patching', service: 'Email', kind: 'weekly', timeZone: 'Europe/Berlin', days: [7], start: '02:00', end: '04:00' };
const peak = { id: 'trading-hours', services: null, timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:30', end: '16:00' };

describe('maintenance windows and peak hours', () => {
  it('starts empty, saves both kinds of window and peak hours, and records why', async () => {
    const h = await integrationHarness();
    expect(await getAlertSettings(h.deps, ADMIN)).toEqual({ maintenanceWindows: [], peakHours: [] });
    await saveAlertSettings(h.deps, ADMIN, { maintenanceWindows: [window, weekly], peakHours: [peak] }, 'db upgrade Saturday');
    expect(await getAlertSettings(h.deps, ADMIN)).toEqual({ maintenanceWindows: [window, weekly], peakHours: [peak] });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ action: 'saveAlertSettings', allowed: true, reason: 'db upgrade Saturday' });
  });

  test.each([
    [{ maintenanceWindows: [{ ...window, end: window.start }] }, 'maintenanceWindows[0].end', 'must end after it starts'],
    [{ maintenanceWindows: [{ ...weekly, timeZone: 'Mars/Olympus' }] }, 'maintenanceWindows[0].timeZone', 'must be an IANA time zone such as Europe/Berlin'],
    [{ peakHours: [{ ...peak, start: '9:30' }] }, 'peakHours[0].start', 'must be HH:mm'],
    [{ peakHours: [{ ...peak, days: [] }] }, 'peakHours[0].days', 'choose at least one day'],
    [{ maintenanceWindows: [window, { ...weekly, id: window.id }] }, 'maintenanceWindows[1].id', '"payments-db-upgrade" is used by an earlier entry'],
  ])('refuses %j naming %s, and keeps what was saved', async (settings, field, message) => {
    const h = await integrationHarness();
    await saveAlertSettings(h.deps, ADMIN, { maintenanceWindows: [weekly], peakHours: [] }, 'patching');
    await expect(saveAlertSettings(h.deps, ADMIN, settings, 'change')).rejects.toMatchObject({ code: 'INVALID', fields: expect.arrayContaining([{ field, message }]) });
    expect(await getAlertSettings(h.deps, ADMIN)).toEqual({ maintenanceWindows: [weekly], peakHours: [] });
  });

  it('only policy admins may read or change them', async () => {
    const h = await integrationHarness();
    await expect(getAlertSettings(h.deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveAlertSettings(h.deps, AGENT, { maintenanceWindows: [window] }, 'quiet please')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.alerts.getAlertSettings()).toEqual({ maintenanceWindows: [], peakHours: [] });
  });
});
