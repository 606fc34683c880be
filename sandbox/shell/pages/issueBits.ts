import { duration, h, lozenge } from '../dom.js';

/** The parts of a Jira issue the shell's pages show. */
export interface SlaField {
  name: string;
  ongoingCycle?: { breached: boolean; paused: boolean; remainingTime: { millis: number } };
  completedCycles?: { breached: boolean }[];
}

export interface EscalationProperty {
  status: 'none' | 'active' | 'acknowledged' | 'resolved';
  path: string | null;
  level: number | null;
  acknowledgedBy?: string | null;
}

export interface IssueSummary {
  key: string;
  properties?: { escalation?: EscalationProperty };
  fields: {
    summary: string;
    priority?: { name: string };
    status?: { name: string; statusCategory?: { key: string } };
    assignee?: { displayName: string } | null;
    reporter?: { displayName: string } | null;
    components?: { name: string }[];
    labels?: string[];
    created?: string;
    customfield_10030?: SlaField | null;
    customfield_10031?: SlaField | null;
    customfield_10004?: { value: string } | null;
    customfield_10005?: { value: string } | null;
  };
}

export const SLA_FIELDS = 'customfield_10030,customfield_10031';

export function slaCell(sla: SlaField | null | undefined): HTMLElement {
  if (!sla) return h('span', { class: 'muted' }, '—');
  const c = sla.ongoingCycle;
  if (!c) {
    const breached = sla.completedCycles?.some((x) => x.breached) ?? false;
    return h('span', { class: breached ? 'sla sla-breached' : 'sla sla-met' }, breached ? 'breached' : 'met');
  }
  const text = duration(c.remainingTime.millis);
  const tone = c.breached ? 'sla-breached' : c.paused ? 'sla-paused' : c.remainingTime.millis < 30 * 60_000 ? 'sla-near' : 'sla-ok';
  return h('span', { class: `sla ${tone}`, title: sla.name }, c.paused ? `${text} (paused)` : text);
}

export function escalationCell(e: EscalationProperty | undefined): HTMLElement {
  if (!e || e.status === 'none') return h('span', { class: 'muted' }, '—');
  if (e.status === 'active') return lozenge(`${e.path ?? ''} L${e.level ?? '?'}`, 'removed');
  if (e.status === 'acknowledged') return lozenge(`ack'd ${e.path ?? ''} L${e.level ?? '?'}`, 'inprogress');
  return lozenge(e.status, 'success');
}

export function statusLozenge(status: IssueSummary['fields']['status']): HTMLElement {
  const cat = status?.statusCategory?.key;
  return lozenge(status?.name ?? '?', cat === 'done' ? 'success' : cat === 'indeterminate' ? 'inprogress' : 'new');
}

const PRIORITY_MARK: Record<string, string> = { Highest: '⇈', High: '↑', Medium: '=', Low: '↓', Lowest: '⇊' };

export function priorityCell(p: { name: string } | undefined): HTMLElement {
  const name = p?.name ?? '—';
  return h('span', { class: `priority priority-${name.toLowerCase()}` }, `${PRIORITY_MARK[name] ?? ''} ${name}`);
}
