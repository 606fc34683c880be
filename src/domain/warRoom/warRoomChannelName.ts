/** Slack's limit on a channel name. */
export const SLACK_NAME_MAX = 80;

export interface ChannelNameValues {
  key: string;
  service: string | null;
  priority: string | null;
  summary: string;
}

/**
 * A channel name from the template, within Slack's rules: lowercase letters, digits, hyphens and
 * underscores, at most 80 characters. Anything else becomes a hyphen (runs collapse), and the
 * text is cut before the attempt suffix so `-2`…`-5` always fits.
 *
 * @example warRoomChannelName('inc-{{key}}-{{service}}', { key: 'ITOPS-7', service: 'Payments', priority: 'P1', summary: '' }, 2)
 * // => 'inc-itops-7-payments-2'
 */
export function warRoomChannelName(template: string, values: ChannelNameValues, attempt = 1, prefix = ''): string {
  const filled = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = (values as unknown as Record<string, string | null>)[name];
    return v ?? '';
  });
  const suffix = attempt > 1 ? `-${attempt}` : '';
  const base = `${prefix}${filled}`
    .toLowerCase()
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  const cut = base.slice(0, SLACK_NAME_MAX - suffix.length).replace(/[-_]+$/g, '');
  return `${cut || 'incident'}${suffix}`;
}
