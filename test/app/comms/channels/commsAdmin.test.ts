import { getChannelSettings, listFailedSends, saveChannelSettings } from '../../../../src/app/comms/channels/channelSettingsAdmin.js';
import { listTemplates, previewTemplate, saveTemplate } from '../../../../src/app/comms/templates/templateAdmin.js';
import { templateVariables } from '../../../../src/domain/comms/templates/templateVariable.js';
import { anIncident, slaAt } from '../../../support/builders.js';
import { ADMIN, AGENT, appHarness } from '../../../support/appHarness.js';

const draft = {
  id: 'default-business-email',
  name: 'Business email',
  audience: 'business' as const,
  channel: 'email' as const,
  subject: 'Disruption: {{service}}',
  body: 'Hello,\n{{key}} affects {{service}}; owner {{ownr}}.',
};

describe('templates admin', () => {
  it('lists a shipped default for every audience until saved over, with the variables', async () => {
    const h = await appHarness();
    const view = await listTemplates(h.deps, ADMIN);
    expect(new Set(view.templates.map((t) => t.audience))).toEqual(new Set(['responders', 'management', 'executives', 'business', 'customers']));
    expect(view.templates.every((t) => t.isDefault && t.version === 1)).toBe(true);
    expect(view.variables).toEqual([...templateVariables]);
  });

  it('refuses an unknown variable as a field error naming line and column, and saves nothing', async () => {
    const h = await appHarness();
    await expect(saveTemplate(h.deps, ADMIN, { template: draft, baseVersion: 1, reason: 'tone' })).rejects.toMatchObject({
      code: 'INVALID',
      fields: [{ field: 'template.body', message: 'unknown variable {{ownr}} at line 2, column 36' }],
    });
    expect(await h.comms.getTemplate(draft.id)).toBeNull();
  });

  it('saving over a default keeps the default as version 1, bumps to version 2 and logs the reason', async () => {
    const h = await appHarness();
    const saved = await saveTemplate(h.deps, ADMIN, { template: { ...draft, body: 'Hello,\n{{key}} affects {{service}}.' }, baseVersion: 1, reason: 'friendlier tone' });
    expect(saved).toMatchObject({ version: 2, isDefault: false, savedBy: ADMIN.accountId });
    expect((await h.comms.listTemplateVersions(draft.id)).map((v) => [v.template.version, v.reason])).toEqual([[1, 'shipped default'], [2, 'friendlier tone']]);
    expect((await h.store.listAccessLog(10))[0]).toMatchObject({ action: 'saveCommsTemplate default-business-email v2', allowed: true, reason: 'friendlier tone' });
    await expect(saveTemplate(h.deps, ADMIN, { template: { ...draft, body: 'x {{key}}' }, baseVersion: 1, reason: 'stale edit' }))
      .rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('requires a reason and an admin', async () => {
    const h = await appHarness();
    await expect(saveTemplate(h.deps, ADMIN, { template: { ...draft, body: '{{key}}' }, baseVersion: 1, reason: '' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'reason' }] });
    await expect(saveTemplate(h.deps, AGENT, { template: { ...draft, body: '{{key}}' }, baseVersion: 1, reason: 'sneaky' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(10))[0]).toMatchObject({ accountId: AGENT.accountId, allowed: false, action: 'saveCommsTemplate' });
  });

  it('previews the owner by display name, never by account id', async () => {
    const h = await appHarness();
    h.host.addUser('owner-olga', { displayName: 'Olga Owner' });
    h.host.put(anIncident({ key: 'ITOPS-7', service: 'Intranet', assigneeAccountId: 'owner-olga' }));
    const preview = await previewTemplate(h.deps, ADMIN, { template: { ...draft, body: 'Owner {{owner}} / {{owner.name}}' }, incidentKey: 'ITOPS-7' });
    expect(preview.body).toBe('Owner Olga Owner / Olga Owner');
  });

  it('previews a draft with a chosen incident\'s values, showing what is not set', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ key: 'ITOPS-7', summary: 'Card payments failing', service: 'Payments', slas: [slaAt(180)] }));
    const preview = await previewTemplate(h.deps, ADMIN, {
      template: { ...draft, body: '{{key}}: {{summary}} on {{service}} ({{priority}}), SLA {{slaRemaining}}, bridge {{bridgeUrl}}' },
      incidentKey: 'ITOPS-7',
    });
    expect(preview).toEqual({
      channel: 'email',
      subject: 'Disruption: Payments',
      body: 'ITOPS-7: Card payments failing on Payments (P2), SLA 1h (Time to resolution), bridge (not set)',
      missing: ['bridgeUrl'],
      truncated: false,
    });
  });

  it('preview refuses a bad draft by field and an incident that does not exist', async () => {
    const h = await appHarness();
    await expect(previewTemplate(h.deps, ADMIN, { template: draft, incidentKey: 'ITOPS-1' })).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'template.body' }] });
    await expect(previewTemplate(h.deps, ADMIN, { template: { ...draft, body: '{{key}}' }, incidentKey: 'ITOPS-404' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(previewTemplate(h.deps, ADMIN, { template: { ...draft, body: '{{key}}' }, incidentKey: 'nope' })).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'incidentKey' }] });
  });
});

describe('channel settings admin', () => {
  it('stores secrets apart and only ever returns them masked; absent secrets stay, null removes', async () => {
    const h = await appHarness();
    const url = 'https://hooks.slack.com/services/T000/B000/abcdWXYZ';
    const view = await saveChannelSettings(h.deps, ADMIN, { settings: { slack: { enabled: true } }, secrets: { slackWebhookUrl: url }, reason: 'connect Slack' });
    expect(view.secrets.slackWebhookUrl).toEqual({ set: true, masked: '••••WXYZ' });
    expect(JSON.stringify(view)).not.toContain('abcdWXYZ');
    expect(JSON.stringify(await getChannelSettings(h.deps, ADMIN))).not.toContain('hooks.slack.com');
    expect(await h.comms.getSecret('slackWebhookUrl')).toBe(url);
    expect((await h.store.listAccessLog(1))[0]?.action).toBe('saveCommsChannels secrets slackWebhookUrl replaced');
    await saveChannelSettings(h.deps, ADMIN, { settings: { slack: { enabled: true } }, reason: 'no secret change' });
    expect(await h.comms.getSecret('slackWebhookUrl')).toBe(url);
    await saveChannelSettings(h.deps, ADMIN, { settings: {}, secrets: { slackWebhookUrl: null }, reason: 'disconnect' });
    expect(await h.comms.getSecret('slackWebhookUrl')).toBeNull();
  });

  it('refuses a webhook that is not https and a bad number, by field', async () => {
    const h = await appHarness();
    await expect(saveChannelSettings(h.deps, ADMIN, { settings: {}, secrets: { teamsWebhookUrl: 'http://plain.example/x' }, reason: 'try' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'secrets.teamsWebhookUrl' }] });
    await expect(saveChannelSettings(h.deps, ADMIN, { settings: { recipients: { executives: { smsNumbers: ['0770'] } } }, reason: 'try' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'settings.recipients.executives.smsNumbers.0' }] });
  });

  it('agents cannot read channel settings or failed sends', async () => {
    const h = await appHarness();
    await expect(getChannelSettings(h.deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listFailedSends(h.deps, AGENT)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
