import type Database from 'better-sqlite3';
import type { ReceiverAnswer } from '../forge/egress/receiverAnswer.js';
import { emptySlackState, type SlackChannel, type SlackState, type SlackUser } from './slackState.js';
import { channelObject, messageObject, userObject } from './slackObjects.js';

export const SLACK_TEAM_ID = 'T0SANDBOX';
export const SLACK_BOT_USER = 'U0SANDBOXBOT';
export const SLACK_BOT_ID = 'B0SANDBOXBOT';

type Args = Record<string, unknown>;
type Result = { error: string } | Record<string, unknown>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): ReceiverAnswer =>
  ({ status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) });

/**
 * The Slack Web API methods war rooms use, answered the way Slack documents them: HTTP 200 with
 * `{"ok": true, …}` or `{"ok": false, "error": "<code>"}`, and HTTP 429 with Retry-After and
 * `{"ok": false, "error": "ratelimited"}` when a rate limit was injected. One bot token is valid;
 * others get `invalid_auth`, none `not_authed`.
 */
export class SlackWorkspace {
  private state: SlackState;

  constructor(private readonly opts: { token: string; users: readonly SlackUser[]; now: () => number; db?: Database.Database }) {
    opts.db?.exec('CREATE TABLE IF NOT EXISTS slack_workspace (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)');
    const row = opts.db?.prepare('SELECT data FROM slack_workspace WHERE id = 1').get() as { data: string } | undefined;
    this.state = row ? (JSON.parse(row.data) as SlackState) : emptySlackState();
  }

  get token(): string { return this.opts.token; }

  /** The workspace as a person would see it, for `GET /__sandbox/slack`. */
  view() {
    const name = (id: string) => this.opts.users.find((u) => u.id === id)?.realName ?? (id === SLACK_BOT_USER ? 'Incident Escalation (bot)' : id);
    return {
      team: { id: SLACK_TEAM_ID, name: 'Sandbox workspace' },
      members: this.opts.users.map((u) => ({ id: u.id, email: u.email, realName: u.realName })),
      channels: this.state.channels.map((c) => ({
        id: c.id, name: c.name, isPrivate: c.isPrivate, archived: c.archived, members: c.members.map(name),
        pinned: c.pins, messages: c.messages.map((m) => ({ ts: m.ts, text: m.text, pinned: c.pins.includes(m.ts), from: name(m.user) })),
      })),
      rateLimits: this.state.limits,
    };
  }

  rateLimit(method: string, count: number, retryAfterSeconds: number): void {
    this.state.limits.push({ method, count, retryAfterSeconds });
    this.persist();
  }

  /** The channel a request names, for the outbox. */
  channelName(id: unknown): string | null {
    return typeof id === 'string' ? this.state.channels.find((c) => c.id === id)?.name ?? null : null;
  }

  /** Answers one request to https://slack.com/api/<method>. */
  answer(method: string, authorization: string | null, args: Args): ReceiverAnswer {
    const limit = this.state.limits.find((l) => l.count > 0 && (l.method === '*' || l.method === method));
    if (limit) {
      limit.count -= 1;
      this.state.limits = this.state.limits.filter((l) => l.count > 0);
      this.persist();
      return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfterSeconds) });
    }
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : null);
    if (token === null) return json(200, { ok: false, error: 'not_authed' });
    if (token !== this.opts.token) return json(200, { ok: false, error: 'invalid_auth' });
    const result = this.run(method, args);
    this.persist();
    return 'error' in result && typeof result.error === 'string' ? json(200, { ok: false, error: result.error }) : json(200, { ok: true, ...result });
  }

  private run(method: string, a: Args): Result {
    switch (method) {
      case 'conversations.create': return this.create(a);
      case 'users.lookupByEmail': {
        if (typeof a.email !== 'string' || a.email === '') return { error: 'invalid_arguments' };
        const u = this.opts.users.find((x) => x.email.toLowerCase() === String(a.email).toLowerCase());
        return u ? { user: userObject(u, SLACK_TEAM_ID) } : { error: 'users_not_found' };
      }
      case 'conversations.invite': return this.invite(a);
      case 'chat.postMessage': return this.post(a);
      case 'pins.add': {
        const c = this.channel(a.channel);
        if (!c) return { error: 'channel_not_found' };
        if (typeof a.timestamp !== 'string') return { error: 'no_item_specified' };
        if (!c.messages.some((m) => m.ts === a.timestamp)) return { error: 'message_not_found' };
        if (c.pins.includes(a.timestamp)) return { error: 'already_pinned' };
        c.pins.push(a.timestamp);
        return {};
      }
      case 'conversations.archive': {
        const c = this.channel(a.channel);
        if (!c) return { error: 'channel_not_found' };
        if (c.archived) return { error: 'already_archived' };
        if (!c.members.includes(SLACK_BOT_USER)) return { error: 'not_in_channel' };
        c.archived = true;
        return {};
      }
      default:
        return { error: 'unknown_method' };
    }
  }

  private create(a: Args): Result {
    if (typeof a.name !== 'string' || a.name === '') return { error: 'invalid_name_required' };
    const name = a.name;
    if (name.length > 80) return { error: 'invalid_name_maxlength' };
    if (/[^a-z0-9_-]/.test(name)) return { error: 'invalid_name_specials' };
    if (/^[-_]+$/.test(name)) return { error: 'invalid_name_punctuation' };
    // Archived channels keep their names, as in Slack.
    if (this.state.channels.some((c) => c.name === name)) return { error: 'name_taken' };
    const c: SlackChannel = {
      id: `C${String(this.state.nextChannel++).padStart(8, '0')}`, name, isPrivate: a.is_private === true || a.is_private === 'true',
      created: Math.floor(this.opts.now() / 1000), creator: SLACK_BOT_USER, archived: false, members: [SLACK_BOT_USER], messages: [], pins: [],
    };
    this.state.channels.push(c);
    return { channel: channelObject(c, SLACK_TEAM_ID) };
  }

  private invite(a: Args): Result {
    const c = this.channel(a.channel);
    if (!c) return { error: 'channel_not_found' };
    if (c.archived) return { error: 'is_archived' };
    const ids = typeof a.users === 'string' ? a.users.split(',').map((x) => x.trim()).filter(Boolean) : [];
    if (!ids.length) return { error: 'no_user' };
    if (ids.includes(SLACK_BOT_USER)) return { error: 'cant_invite_self' };
    if (ids.some((id) => !this.opts.users.some((u) => u.id === id))) return { error: 'user_not_found' };
    const fresh = ids.filter((id) => !c.members.includes(id));
    if (!fresh.length) return { error: 'already_in_channel' };
    c.members.push(...fresh);
    return { channel: channelObject(c, SLACK_TEAM_ID) };
  }

  private post(a: Args): Result {
    const c = this.channel(a.channel);
    if (!c) return { error: 'channel_not_found' };
    if (c.archived) return { error: 'is_archived' };
    if (!c.members.includes(SLACK_BOT_USER)) return { error: 'not_in_channel' };
    const text = typeof a.text === 'string' ? a.text : '';
    if (text === '' && a.blocks === undefined) return { error: 'no_text' };
    if (text.length > 40_000) return { error: 'msg_too_long' };
    const ts = `${Math.floor(this.opts.now() / 1000)}.${String(this.state.nextTs++).padStart(6, '0')}`;
    c.messages.push({ ts, text, user: SLACK_BOT_USER });
    return { channel: c.id, ts, message: messageObject(text, ts, SLACK_BOT_USER, SLACK_BOT_ID, SLACK_TEAM_ID) };
  }

  private channel(id: unknown): SlackChannel | undefined {
    return typeof id === 'string' ? this.state.channels.find((c) => c.id === id) : undefined;
  }

  private persist(): void {
    this.opts.db?.prepare('INSERT INTO slack_workspace (id, data) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data').run(JSON.stringify(this.state));
  }
}
