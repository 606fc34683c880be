import type { CommsSettings } from '../../contracts/commsSettings.js';
import type { Incident } from '../../domain/incident/incident.js';
import { warRoomChannelName } from '../../domain/warRoom/warRoomChannelName.js';
import type { Priority } from '../../contracts/common.js';
import { SlackRefused, type WarRoomSession } from './warRoomSession.js';

/** Slack's name_taken: the template's name and then `-2` … `-5`. */
const ATTEMPTS = 5;

/**
 * Creates the channel: the template's name, or the next free suffix when Slack says the name is
 * taken (another incident's room, or one someone made by hand). Names tried are saved, so a
 * retry after a rate limit goes on from where it stopped.
 */
export async function openChannel(s: WarRoomSession, incident: Incident, priority: Priority | null, settings: CommsSettings['warRoom'], nowIso: string): Promise<void> {
  const values = { key: incident.key, service: incident.service, priority, summary: incident.summary ?? '' };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const name = warRoomChannelName(settings.nameTemplate, values, attempt, s.room.drill ? 'drill-' : '');
    if (s.room.namesTaken.includes(name)) continue;
    const r = await s.call('conversations.create', { name, is_private: settings.private }, ['name_taken']);
    if (r === 'name_taken') {
      await s.save({ namesTaken: [...s.room.namesTaken, name] });
      continue;
    }
    if (typeof r === 'string') continue;
    const channel = r.channel as { id?: unknown; name?: unknown } | undefined;
    if (typeof channel?.id !== 'string') throw new SlackRefused('conversations.create', 'no channel id in the answer');
    const id = channel.id;
    await s.save({
      state: 'open', channelId: id, channelName: typeof channel.name === 'string' ? channel.name : name,
      url: `https://slack.com/app_redirect?channel=${encodeURIComponent(id)}`, openedAt: nowIso, lastError: null, retryAt: null,
    });
    return;
  }
  throw new SlackRefused('conversations.create', `name_taken for every name tried (${s.room.namesTaken.join(', ')})`);
}
