import { userMentions, withDisplayNames } from '../../domain/people/userMentions.js';
import type { IncidentHost } from '../../ports/incidentHost.js';

/**
 * Display names from Jira's directory, one read per person. A person the directory cannot name,
 * or a failed read, is left out, so callers keep the id and the text still goes out.
 */
export async function displayNames(host: Pick<IncidentHost, 'getUser'>, ids: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all([...new Set(ids)].map(async (id) => {
    const name = (await host.getUser(id).catch(() => null))?.displayName;
    if (name) names.set(id, name);
  }));
  return names;
}

/**
 * A text for people to read (a Jira comment) with each `user <id>` the engine wrote replaced by
 * the person's display name; the event log keeps the ids.
 */
export async function nameMentionedPeople(host: Pick<IncidentHost, 'getUser'>, text: string): Promise<string> {
  const ids = userMentions(text);
  return ids.length ? withDisplayNames(text, await displayNames(host, ids)) : text;
}
