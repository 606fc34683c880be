import { join } from 'node:path';
import { SlackWebApi } from '../../../src/adapters/slack/slackWebApi.js';
import type { SlackAnswer } from '../../../src/ports/slackApi.js';
import { EgressAllowlist } from '../../../sandbox/forge/egress/egressAllowlist.js';
import { EgressEmulator } from '../../../sandbox/forge/egress/egressEmulator.js';
import { EgressOutbox } from '../../../sandbox/forge/egress/egressOutbox.js';
import { loadManifest } from '../../../sandbox/forge/manifest.js';
import { SlackWorkspace } from '../../../sandbox/slack/slackWorkspace.js';
import { FaultInjector } from '../../../sandbox/server/faultInjector.js';

const TOKEN = 'xoxb-1111111111-2222222222-contract';
const NOW = Date.parse('2026-11-27T09:00:00Z');

/**
 * The app's Slack client against the sandbox's Slack workspace, through the sandbox's egress
 * (the app's manifest decides what may leave): the answers have the shapes Slack documents for
 * conversations.create, users.lookupByEmail, conversations.invite, chat.postMessage, pins.add
 * and conversations.archive, including their `ok: false` error codes and 429 rate limits.
 */
function contract() {
  const outbox = new EgressOutbox();
  const faults = new FaultInjector();
  const workspace = new SlackWorkspace({ token: TOKEN, now: () => NOW, users: [
    { id: 'U00000001', email: 'ana.agent@example.test', realName: 'Ana Agent' },
    { id: 'U00000002', email: 'ben.agent@example.test', realName: 'Ben Agent' },
  ] });
  const egress = new EgressEmulator({
    allowlist: new EgressAllowlist(loadManifest(join(process.cwd(), 'manifest.yml')).egress), outbox, now: () => NOW, warn: () => undefined,
    faultFor: (url) => faults.egressFault(url), slack: workspace,
  });
  const api = new SlackWebApi((url, init) => egress.fetch(url, init));
  return { api, workspace, outbox, faults };
}

/** The body of an ok answer; a test that gets anything else fails here. */
function bodyOf(a: SlackAnswer): Record<string, unknown> {
  if (a.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(a)}`);
  return a.body;
}
const channelId = (a: SlackAnswer) => (bodyOf(a).channel as { id: string }).id;

const ok = (body: Record<string, unknown>) => ({ kind: 'ok', body: expect.objectContaining({ ok: true, ...body }) });
const error = (code: string) => ({ kind: 'error', error: code });

describe('the sandbox Slack Web API, called by the app\'s client through egress', () => {
  it('conversations.create answers a conversation object, then name_taken for the same name, and refuses names Slack refuses', async () => {
    const { api } = contract();
    expect(await api.call(TOKEN, 'conversations.create', { name: 'inc-itops-7-payments', is_private: false })).toEqual(ok({
      channel: expect.objectContaining({ id: expect.stringMatching(/^C[0-9A-Z]+$/), name: 'inc-itops-7-payments', is_channel: true, is_private: false, is_archived: false, created: NOW / 1000, is_member: true }),
    }));
    expect(await api.call(TOKEN, 'conversations.create', { name: 'inc-itops-7-payments' })).toEqual(error('name_taken'));
    expect(await api.call(TOKEN, 'conversations.create', { name: 'Inc ITOPS-7' })).toEqual(error('invalid_name_specials'));
    expect(await api.call(TOKEN, 'conversations.create', { name: 'x'.repeat(81) })).toEqual(error('invalid_name_maxlength'));
    expect(await api.call(TOKEN, 'conversations.create', { name: '' })).toEqual(error('invalid_name_required'));
  });

  it('users.lookupByEmail finds a member by email and answers users_not_found for anyone else', async () => {
    const { api } = contract();
    expect(await api.call(TOKEN, 'users.lookupByEmail', { email: 'ana.agent@example.test' })).toEqual(ok({
      user: expect.objectContaining({ id: 'U00000001', deleted: false, real_name: 'Ana Agent', profile: expect.objectContaining({ email: 'ana.agent@example.test' }) }),
    }));
    expect(await api.call(TOKEN, 'users.lookupByEmail', { email: 'carla.cio@example.test' })).toEqual(error('users_not_found'));
  });

  it('invites, posts, pins and archives with Slack\'s answers and errors', async () => {
    const { api } = contract();
    const created = await api.call(TOKEN, 'conversations.create', { name: 'inc-itops-8' });
    const channel = channelId(created);
    expect(await api.call(TOKEN, 'conversations.invite', { channel, users: 'U00000001,U00000002' })).toEqual(ok({ channel: expect.objectContaining({ id: channel }) }));
    expect(await api.call(TOKEN, 'conversations.invite', { channel, users: 'U00000001' })).toEqual(error('already_in_channel'));
    expect(await api.call(TOKEN, 'conversations.invite', { channel, users: 'U99999999' })).toEqual(error('user_not_found'));
    expect(await api.call(TOKEN, 'conversations.invite', { channel: 'C404', users: 'U00000001' })).toEqual(error('channel_not_found'));
    const posted = await api.call(TOKEN, 'chat.postMessage', { channel, text: 'ITOPS-8 summary' });
    expect(posted).toEqual(ok({ channel, ts: expect.stringMatching(/^\d{10}\.\d{6}$/), message: expect.objectContaining({ text: 'ITOPS-8 summary', type: 'message' }) }));
    const ts = String(bodyOf(posted).ts);
    expect(await api.call(TOKEN, 'chat.postMessage', { channel })).toEqual(error('no_text'));
    expect(await api.call(TOKEN, 'pins.add', { channel, timestamp: ts })).toEqual(ok({}));
    expect(await api.call(TOKEN, 'pins.add', { channel, timestamp: ts })).toEqual(error('already_pinned'));
    expect(await api.call(TOKEN, 'pins.add', { channel, timestamp: '1.000001' })).toEqual(error('message_not_found'));
    expect(await api.call(TOKEN, 'conversations.archive', { channel })).toEqual(ok({}));
    expect(await api.call(TOKEN, 'conversations.archive', { channel })).toEqual(error('already_archived'));
    expect(await api.call(TOKEN, 'chat.postMessage', { channel, text: 'too late' })).toEqual(error('is_archived'));
  });

  it('a wrong token is invalid_auth; a rate limit is HTTP 429 with Retry-After, from the workspace or an injected egress fault', async () => {
    const { api, workspace, faults } = contract();
    expect(await api.call('xoxb-0000000000-nope', 'conversations.create', { name: 'x' })).toEqual(error('invalid_auth'));
    workspace.rateLimit('conversations.create', 1, 30);
    expect(await api.call(TOKEN, 'conversations.create', { name: 'limited' })).toEqual({ kind: 'rateLimited', retryAfterSeconds: 30 });
    expect(await api.call(TOKEN, 'conversations.create', { name: 'limited' })).toMatchObject({ kind: 'ok' });
    faults.set({ egress: [{ host: 'slack.com', count: 1, status: 429, retryAfterSeconds: 12 }] });
    expect(await api.call(TOKEN, 'chat.postMessage', { channel: 'C1', text: 'x' })).toEqual({ kind: 'rateLimited', retryAfterSeconds: 12 });
  });

  it('the outbox shows a war-room post as a Slack message to its channel, without the token', async () => {
    const { api, outbox } = contract();
    const created = await api.call(TOKEN, 'conversations.create', { name: 'inc-itops-9' });
    const channel = channelId(created);
    await api.call(TOKEN, 'chat.postMessage', { channel, text: '*Paged* level 1' });
    const post = outbox.all().at(-1)!;
    expect(post).toMatchObject({ channel: 'slack', recipient: '#inc-itops-9', body: '*Paged* level 1', status: 200, url: 'https://slack.com/api/chat.postMessage' });
    expect(JSON.stringify(outbox.all())).not.toContain(TOKEN);
  });
});
