import type { RoleMappingView } from '../../src/contracts/access.js';
import type { ChannelSettingsView } from '../../src/contracts/commsAdmin.js';

type Call = <T>(functionKey: string, payload: unknown) => Promise<T>;
/** A resolver call as someone other than the seeding admin (a stakeholder following a service). */
type CallAs = <T>(accountId: string, moduleKey: string, functionKey: string, payload: unknown) => Promise<T>;

/**
 * Receivers the sandbox emulates (see sandbox/forge/egress): Slack and Teams incoming webhooks,
 * and Twilio's Messages API for SMS. The hosts are in the manifest's egress list, as on a real site.
 */
export const SHOWCASE_CHANNELS = {
  slackWebhookUrl: 'https://hooks.slack.com/services/T0SANDBOX/B0MAJORINC/showcase-major-incidents',
  teamsWebhookUrl: 'https://itops.webhook.office.com/webhookb2/showcase-managers',
  sms: {
    accountSid: 'AC0123456789abcdef0123456789abcdef',
    from: '+447700900000',
    authToken: 'showcase-sms-token',
  },
  /** The on-call phone: every responder SMS goes to it. */
  onCallPhone: '+447700900111',
} as const;

/** Business stakeholders and the services they follow. */
export const SHOWCASE_FOLLOWERS: ReadonlyArray<{ accountId: string; services: string[] }> = [
  { accountId: 'sandbox-biz-fiona', services: ['Payments', 'Mainframe billing'] },
  { accountId: 'sandbox-biz-sam', services: ['Payments', 'Email'] },
];

/**
 * The showcase's communications, through the app's own resolvers: Slack, Teams and SMS
 * switched on against the emulated receivers (war rooms stay as the coordination seed left
 * them), the business-stakeholders group granted the stakeholder role, and each stakeholder
 * following their services as themselves (following is a personal choice the app authorises).
 */
export async function seedShowcaseComms(call: Call, callAs: CallAs): Promise<void> {
  const { settings } = await call<ChannelSettingsView>('getCommsChannels', {});
  const { accountSid, from, authToken } = SHOWCASE_CHANNELS.sms;
  await call('saveCommsChannels', {
    settings: {
      ...settings,
      // The emulated site's base URL (createJiraSite), as Jira's own `self` links name it, so messages carry an incident link.
      siteUrl: settings.siteUrl ?? 'https://sandbox.atlassian.net',
      slack: { enabled: true },
      teams: { enabled: true },
      sms: { enabled: true, gatewayUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Messages.json`, from, accountSid },
      recipients: { ...settings.recipients, responders: { ...settings.recipients.responders, smsNumbers: [SHOWCASE_CHANNELS.onCallPhone] } },
    },
    secrets: { slackWebhookUrl: SHOWCASE_CHANNELS.slackWebhookUrl, teamsWebhookUrl: SHOWCASE_CHANNELS.teamsWebhookUrl, smsAuthToken: authToken },
    reason: 'Sandbox showcase: #major-incidents on Slack, the managers\' Teams channel and the on-call phone',
  });
  const { mapping } = await call<RoleMappingView>('getRoleMapping', {});
  await call('saveRoleMapping', {
    mapping: { ...mapping, stakeholder: { ...mapping.stakeholder, groups: [...mapping.stakeholder.groups, 'business-stakeholders'] } },
    reason: 'Business stakeholders follow the services their teams depend on',
  });
  for (const { accountId, services } of SHOWCASE_FOLLOWERS) {
    for (const service of services) await callAs(accountId, 'escalation-dashboard', 'subscribeToService', { service });
  }
}
