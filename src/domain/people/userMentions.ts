// The engine writes people into step text as `user <accountId>`: the event log keeps ids, so
// it stays true if someone renames themselves, and whatever shows the text names them.
const USER_MENTION = /\buser ([A-Za-z0-9:_-]+)/g;

/**
 * The account ids a text mentions as `user <id>`, each once, in order of appearance.
 *
 * @example
 * userMentions('Paged user ana [user ana is on call]; user ben') // => ['ana', 'ben']
 */
export function userMentions(text: string): string[] {
  return [...new Set([...text.matchAll(USER_MENTION)].map((m) => m[1]!))];
}

/**
 * The text with every `user <id>` whose name is known replaced by that display name; people
 * with no known name keep `user <id>`, so nobody silently disappears from the text.
 *
 * @example
 * withDisplayNames('Paged user ana and user zed', new Map([['ana', 'Ana Agent']])) // => 'Paged Ana Agent and user zed'
 */
export function withDisplayNames(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(USER_MENTION, (mention, id: string) => names.get(id) || mention);
}
