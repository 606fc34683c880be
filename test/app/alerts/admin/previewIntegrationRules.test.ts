import { previewIntegrationRules } from '../../../../src/app/alerts/admin/previewIntegrationRules.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { anIntegrationInput, integrationHarness } from './integrationHarness.js';

describe('previewing an integration draft\'s correlation and sustain rules', () => {
  it('runs the draft\'s rules over sample alerts on its service and another configured one, storing nothing', async () => {
    const h = await integrationHarness();
    const draft = anIntegrationInput({ correlation: [{ id: 'svc', kind: 'same-service', withinMinutes: 15 }], sustain: { occurrences: 3 } });
    const p = await previewIntegrationRules(h.deps, ADMIN, { integration: draft });
    expect(p.correlation.map((r) => [r.service, r.incident, r.joinedBy])).toEqual([
      ['Payments', 1, null], ['Payments', 1, 'svc'], ['Payments', 1, 'svc'], ['Email', 2, null], ['Payments', 1, 'svc'], ['Payments', 3, null],
    ]);
    expect(p.sustain).toEqual({ everyMinutes: 5, pagesAfterMinutes: 10, because: 'occurrences', occurrences: 3 });
    expect(await h.alerts.listIntegrations()).toEqual([]);
  });

  it('refuses a draft as a save would, naming the field', async () => {
    const h = await integrationHarness();
    await expect(previewIntegrationRules(h.deps, ADMIN, { integration: anIntegrationInput({ sustain: { forMinutes: 0 } }) }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'sustain.forMinutes', message: expect.any(String) }] });
  });

  it('is refused to someone who may not manage integrations', async () => {
    const h = await integrationHarness();
    await expect(previewIntegrationRules(h.deps, AGENT, { integration: anIntegrationInput() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
