import { PersonName } from '../shared/people/PersonName.js';

// The engine writes people into step text as `user <accountId>` (the log keeps ids, so it
// stays true if someone renames themselves); the screen shows their current display name.
const USER_MENTION = /\buser ([A-Za-z0-9:_-]+)/g;

/** An event's text with every `user <id>` shown as the person's display name. */
export function EventDetail({ text }: { text: string }) {
  const parts: Array<string | { id: string }> = [];
  let last = 0;
  for (const m of text.matchAll(USER_MENTION)) {
    parts.push(text.slice(last, m.index), { id: m[1]! });
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <PersonName key={i} accountId={p.id} />))}</>;
}
