import type { Policy, Target } from '../../contracts/policy.js';
import type { Decision } from '../escalation/decision.js';
import type { EngineContext } from '../escalation/engineContext.js';
import { parseInstant } from '../escalation/instant.js';
import type { Intent } from '../escalation/intent.js';
import type { Step } from '../escalation/step.js';
import type { IncidentFacts } from './hypotheticalIncident.js';
import { onCallResolution } from './onCallResolution.js';
import type { Collector, PageKind, SimulatedAction, SimulationInput } from './simulation.js';
import { isSleepHour } from './sleepHours.js';

const PAGE_KIND: Partial<Record<Step['type'], PageKind>> = { paged: 'first', levelChanged: 'first', repeated: 'followUp', backupPaged: 'backup' };
/** Intents that write to the issue, which moves Jira's `updated`. */
const WRITES = new Set<Intent['kind']>(['comment', 'assign', 'addLabel', 'addWatchers', 'setPriority', 'transition']);

/**
 * Files one decision's steps and intents into the simulation, and applies to the virtual issue
 * what Jira would record (an assignee, the update time), which later triggers read.
 */
export function collectDecision(
  out: Collector, d: Decision, at: number, policy: Policy, ctx: EngineContext,
  input: Pick<SimulationInput, 'explain' | 'templateChannels' | 'defaultTimeZone' | 'zoneOf'>, facts: IncidentFacts,
): void {
  if (input.explain) out.evaluations.push({ at, trace: d.trace });
  out.steps.push(...d.steps);
  const pageIntents = d.intents.filter((i): i is Extract<Intent, { kind: 'page' }> => i.kind === 'page');
  for (const step of d.steps) {
    const kind = PAGE_KIND[step.type];
    if (!kind || step.path === null || step.level === null) continue;
    const stepAt = parseInstant(step.at);
    const intent = pageIntents.find((i) => i.path === step.path && i.level === step.level && i.loop === step.loop);
    const level = policy.paths[step.path].levels[step.level - 1];
    const named = kind === 'backup' ? level?.backups ?? [] : [...(level?.targets ?? []), ...(level?.backups ?? [])];
    const onCall = input.explain || !input.zoneOf ? onCallResolution(named, ctx, stepAt) : [];
    const targets: Target[] = intent?.targets ?? [];
    const accountIds = targets.flatMap((t) => (t.type === 'user' ? [t.accountId] : []));
    const zoneOf = (a: string) => onCall.find((o) => o.accountId === a)?.timeZone ?? input.zoneOf?.(a) ?? input.defaultTimeZone;
    out.pages.push({
      at: stepAt, path: step.path, level: step.level, levelName: level?.name ?? null, loop: step.loop, kind, channel: 'email', accountIds,
      groups: targets.flatMap((t) => (t.type === 'group' ? [t.groupName] : [])),
      teams: targets.flatMap((t) => (t.type === 'team' ? [t.teamId] : [])),
      ackDueAt: intent ? parseInstant(intent.ackDueAt) : stepAt,
      onCall: kind === 'backup' ? onCall : onCall.filter((o) => level?.targets.some((t) => t.type === 'schedule' && t.scheduleId === o.scheduleId) || accountIds.includes(o.accountId ?? '')),
      woken: accountIds.filter((a) => isSleepHour(stepAt, zoneOf(a))).map((a) => ({ accountId: a, timeZone: zoneOf(a) })),
    });
  }
  for (const i of d.intents) {
    if (WRITES.has(i.kind)) facts.updatedAt = Math.max(facts.updatedAt, at);
    if (i.kind === 'assign') facts.assigneeAccountId = i.accountId;
    if (i.kind === 'page') continue;
    out.actions.push(describeAction(i, at, input.templateChannels));
  }
}

function describeAction(i: Intent, at: number, channels: SimulationInput['templateChannels']): SimulatedAction {
  switch (i.kind) {
    case 'assign': return { at, kind: i.kind, detail: `assign to ${i.accountId}` };
    case 'setPriority': return { at, kind: i.kind, detail: `set priority ${i.priority}` };
    case 'addWatchers': return { at, kind: i.kind, detail: `add watchers ${i.accountIds.join(', ')}` };
    case 'addLabel': return { at, kind: i.kind, detail: `add label ${i.label}` };
    case 'comment': return { at, kind: i.kind, detail: `internal comment: ${i.body}` };
    case 'transition': return { at, kind: i.kind, detail: `transition "${i.transitionName}"` };
    case 'notify': return { at, kind: i.kind, detail: `notify with template ${i.templateId}`, channel: channels?.get(i.templateId) ?? null };
    case 'page': return { at, kind: i.kind, detail: i.reason };
  }
}
