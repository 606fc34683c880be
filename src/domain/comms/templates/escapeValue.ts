import type { Channel } from './audience.js';
import { urlVariables, type TemplateVariable } from './templateVariable.js';

// Control characters (bar line feed and tab; CR goes, so CRLF becomes LF) and bidirectional
// overrides: a summary typed by a reporter must not be able to reorder or hide the text around it.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

// Teams cards read a markdown subset; a backslash keeps these characters literal.
const TEAMS_MARKDOWN = /[\\`*_[\]()<>#~|]/g;
// Jira wiki markup, as a JSM request renders public comments.
const JIRA_WIKI = /[\\*_?\-+^~{}[\]|!#]/g;
// Characters a URL may legally carry that chat markup would read as formatting or link syntax.
const URL_MARKUP = /[*_~()[\]|!^'\\<>{}`"]/g;

const percent = (c: string): string => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

function slackEntities(text: string): string {
  // Slack's three control characters: unescaped, `<!channel>` or `<url|label>` could be injected.
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function asWebAddress(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(URL_MARKUP, percent) : undefined;
}

function escapeProse(channel: Channel, text: string): string {
  switch (channel) {
    case 'slack':
      return slackEntities(text);
    case 'teams':
      return text.replace(TEAMS_MARKDOWN, (c) => `\\${c}`);
    case 'jsmPublicComment':
      return text.replace(JIRA_WIKI, (c) => `\\${c}`);
    case 'email':
    case 'sms':
      // Plain text: the Jira notify call and SMS show characters as they are.
      return text;
  }
}

/**
 * Makes an incident value safe to place in a template for one channel. Only values are
 * escaped; the template's own text is the admin's formatting and is kept as written.
 * A link variable holding an http(s) address stays a working link; anything else is prose.
 *
 * @example
 * escapeValue('slack', 'summary', 'DB <!channel> & cache') // => 'DB &lt;!channel&gt; &amp; cache'
 * escapeValue('teams', 'summary', '*urgent*')              // => '\\*urgent\\*'
 */
export function escapeValue(channel: Channel, variable: TemplateVariable, value: string): string {
  const clean = value.replace(UNSAFE, '');
  const address = urlVariables.has(variable) ? asWebAddress(clean.trim()) : undefined;
  if (address === undefined) return escapeProse(channel, clean);
  return channel === 'slack' ? slackEntities(address) : address;
}
