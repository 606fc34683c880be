import { AlertSettingsSchema, IntegrationSchema } from '../../../../src/contracts/integration.js';
import { fromZodIssues } from '../../../../src/domain/shared/fieldError.js';
import { anIntegration } from './anIntegration.js';

const errorsOf = (r: { success: boolean; error?: { issues: Parameters<typeof fromZodIssues>[0] } }) => (r.success ? [] : fromZodIssues(r.error!.issues).map((e) => e.field));

describe('the integration contract', () => {
  it('fills defaults so a minimal integration is complete', () => {
    expect(anIntegration()).toMatchObject({
      rateLimitPerMinute: 600, dedupDebounceSeconds: 300, correlation: [], sustain: {}, onResolved: 'annotate',
      resolveTransition: 'Resolve', outboundWebhook: null, enabled: true, serviceLabel: null,
    });
  });
  it('names each invalid field', () => {
    const r = IntegrationSchema.safeParse({ ...anIntegration(), id: 'Bad Id', format: 'nagios', projectKey: 'it', outboundWebhook: { url: 'http://x.example', on: [] } });
    expect(errorsOf(r).sort()).toEqual(['format', 'id', 'outboundWebhook.on', 'outboundWebhook.url', 'projectKey']);
  });
  it('refuses a one-off maintenance window that ends before it starts, and an unknown time zone', () => {
    const r = AlertSettingsSchema.safeParse({
      maintenanceWindows: [{ id: 'mw', service: 'api', kind: 'one-off', start: '2026-11-27T10:00:00Z', end: '2026-11-27T09:00:00Z' }],
      peakHours: [{ id: 'p', services: null, timeZone: 'Mars/Olympus', days: [1], start: '09:00', end: '17:00' }],
    });
    expect(errorsOf(r).sort()).toEqual(['maintenanceWindows[0].end', 'peakHours[0].timeZone']);
  });
});
