import { SaveChannelSettingsInputSchema, type ChannelSettingsView, type FailedSendsView, type MaskedSecret } from '../../../contracts/commsAdmin.js';
import { channelSecretNames, type ChannelSecretName } from '../../../contracts/commsSettings.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../../access/authorize.js';
import type { Deps } from '../../shared/deps.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { commsSettingsOrDefault } from './commsSettingsOrDefault.js';
import { maskSecret } from './maskSecret.js';
import { parseInput } from '../../shared/parseInput.js';
import { checkPeopleExist } from '../../people/checkPeopleExist.js';
import { newReferences } from '../../../domain/people/personReference.js';
import { recipientPeople } from '../../../domain/people/recipientPeople.js';

type AdminDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'comms'>;

const WEBHOOKS: Partial<Record<ChannelSecretName, RegExp>> = {
  slackWebhookUrl: /^https:\/\/[^\s/]+\/\S+$/,
  teamsWebhookUrl: /^https:\/\/[^\s/]+\/\S+$/,
};

async function view(deps: AdminDeps): Promise<ChannelSettingsView> {
  const settings = await commsSettingsOrDefault(deps.comms);
  const entries = await Promise.all(
    channelSecretNames.map(async (name): Promise<[ChannelSecretName, MaskedSecret]> => {
      const value = await deps.comms.getSecret(name);
      return [name, value === null ? { set: false, masked: null } : { set: true, masked: maskSecret(value) }];
    }),
  );
  return { settings, secrets: Object.fromEntries(entries) as Record<ChannelSecretName, MaskedSecret> };
}

/**
 * Channel settings with every secret masked: the full value never leaves the server. Standing
 * recipients include phone numbers, so only admins and auditors read this, as with the logs.
 */
export async function getChannelSettings(deps: AdminDeps, actor: Actor): Promise<ChannelSettingsView> {
  await authorizeSiteAction(deps, actor, 'viewAccessLog', 'getCommsChannels');
  return view(deps);
}

/**
 * Saves channel settings and changes only the secrets named in the request. Webhook URLs must
 * be https addresses. The reason goes to the access log, naming which secrets changed (never their values).
 */
export async function saveChannelSettings(deps: AdminDeps, actor: Actor, input: unknown): Promise<ChannelSettingsView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'saveCommsChannels');
  const { settings, secrets, reason } = parseInput(SaveChannelSettingsInputSchema, input, 'saveChannelSettings');
  const changes = Object.entries(secrets) as Array<[ChannelSecretName, string | null]>;
  for (const [name, value] of changes) {
    const shape = WEBHOOKS[name];
    if (value !== null && shape && !shape.test(value)) {
      throw new AppError('INVALID', `secrets.${name}: must be an https:// webhook address`, [{ field: `secrets.${name}`, message: 'must be an https:// webhook address' }]);
    }
    // Bot tokens start xoxb-; a user token (xoxp-) or webhook URL pasted here would act as someone else or fail.
    if (name === 'slackBotToken' && value !== null && !/^xoxb-[A-Za-z0-9-]{10,}$/.test(value)) {
      throw new AppError('INVALID', 'secrets.slackBotToken: must be a Slack bot token (xoxb-…)', [{ field: 'secrets.slackBotToken', message: 'must be a Slack bot token (xoxb-…)' }]);
    }
  }
  const before = await deps.comms.getSettings();
  await checkPeopleExist(deps.host, newReferences(recipientPeople(settings), before ? recipientPeople(before) : []), 'settings.');
  await deps.comms.saveSettings(settings);
  for (const [name, value] of changes) await deps.comms.setSecret(name, value);
  // Words and spaces only: the action is part of the access log's storage key.
  const changed = changes.map(([n, v]) => `${n} ${v === null ? 'removed' : 'replaced'}`);
  await recordAdminChange(deps, actor, `saveCommsChannels${changed.length ? ` secrets ${changed.join(' ')}` : ''}`, null, reason);
  return view(deps);
}

/** Sends given up for good, newest first, so none is dropped silently. */
export async function listFailedSends(deps: AdminDeps, actor: Actor, limit = 50): Promise<FailedSendsView> {
  await authorizeSiteAction(deps, actor, 'viewAccessLog', 'listFailedSends');
  return { sends: await deps.comms.listFailedSends(Math.min(100, Math.max(1, limit))) };
}
