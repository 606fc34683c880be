import type { SlackChannel, SlackUser } from './slackState.js';

/** A conversation object with the fields Slack's conversations.create example shows. */
export function channelObject(c: SlackChannel, teamId: string) {
  return {
    id: c.id, name: c.name, is_channel: true, is_group: false, is_im: false, is_mpim: false, is_private: c.isPrivate,
    created: c.created, creator: c.creator, is_archived: c.archived, is_general: false, unlinked: 0, name_normalized: c.name,
    is_shared: false, is_org_shared: false, is_ext_shared: false, is_pending_ext_shared: false, pending_shared: [],
    context_team_id: teamId, updated: c.created * 1000, parent_conversation: null, is_member: true,
    last_read: '0000000000.000000', topic: { value: '', creator: '', last_set: 0 }, purpose: { value: '', creator: '', last_set: 0 },
    previous_names: [], priority: 0,
  };
}

/** A user object as users.lookupByEmail returns it (the fields a client reads). */
export function userObject(u: SlackUser, teamId: string) {
  const display = u.email.split('@')[0] ?? u.realName;
  return {
    id: u.id, team_id: teamId, name: display, deleted: false, real_name: u.realName, tz: 'Europe/London', tz_label: 'Greenwich Mean Time', tz_offset: 0,
    profile: { real_name: u.realName, display_name: display, real_name_normalized: u.realName, display_name_normalized: display, email: u.email, team: teamId },
    is_admin: false, is_owner: false, is_bot: false, is_app_user: false, updated: 0,
  };
}

/** The message chat.postMessage echoes back. */
export function messageObject(text: string, ts: string, user: string, botId: string, teamId: string) {
  return { type: 'message', subtype: 'bot_message', text, ts, user, bot_id: botId, team: teamId };
}
