import { EscalationStateSchema } from '../../contracts/escalationState.js';
import type { Incident, SlaClock, StatusCategory } from '../../domain/incident/incident.js';
import type { IncidentRecord } from '../../ports/incidentHost.js';
import type { FieldIds } from './fieldIds.js';
import { IssueShapeSchema, SlaFieldSchema } from './issueShape.js';

/**
 * Maps a Jira issue (fields, the `escalation` property, changelog) to the engine's record.
 * A malformed property is reported naming the field (`propertyError`), never silently
 * treated as "no state": app storage, not the property, says what the state is.
 */
export function toIncidentRecord(
  raw: unknown, ids: FieldIds, services: readonly string[], serviceRegistry: Readonly<Record<string, string>> = {},
): IncidentRecord {
  const parsed = IssueShapeSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new Error(`Jira issue has an unexpected shape at ${i.path.join('.')}: ${i.message}`);
  }
  const issue = parsed.data;
  const f = issue.fields as Record<string, unknown> & typeof issue.fields;
  const components = f.components.map((c) => c.name);
  const incident: Incident = {
    key: issue.key,
    ...(typeof f.summary === 'string' ? { summary: f.summary } : {}),
    projectKey: f.project.key,
    requestType: ids.requestType ? requestTypeName(f[ids.requestType]) : null,
    service: chooseService(affectedServiceNames(ids.affectedServices ? f[ids.affectedServices] : null, serviceRegistry), components, services),
    components,
    labels: f.labels,
    impact: ids.impact ? optionValue(f[ids.impact]) : null,
    urgency: ids.urgency ? optionValue(f[ids.urgency]) : null,
    jiraPriority: namedValue(f.priority),
    statusCategory: (f.status.statusCategory.key === 'undefined' ? 'new' : f.status.statusCategory.key) as StatusCategory,
    created: new Date(f.created).toISOString(),
    updated: new Date(f.updated).toISOString(),
    assigneeAccountId: f.assignee?.accountId ?? null,
    unassignedSince: f.assignee ? null : lastUnassigned(issue.changelog?.histories ?? [], f.created),
    slas: Object.entries(ids.slas).flatMap(([metric, id]) => slaClock(metric, f[id])),
  };
  const lastEdit = issue.changelog ? latestEdit(issue.changelog.histories) : undefined;
  const edit = lastEdit === undefined ? {} : { lastEdit };
  const rawState = issue.properties?.escalation;
  if (rawState === undefined || rawState === null) return { incident, state: null, ...edit };
  const state = EscalationStateSchema.safeParse(rawState);
  if (!state.success) {
    // Reported, not thrown: the property is only the app's mirror, and app storage decides.
    const i = state.error.issues[0]!;
    return { incident, state: null, propertyError: `${issue.key}: the escalation property is invalid at ${i.path.join('.') || '(root)'}: ${i.message}`, ...edit };
  }
  return { incident, state: state.data, ...edit };
}

/** Jira keeps no history of property writes; the latest field edit is the nearest lead. */
function latestEdit(histories: Array<{ created: string; author?: unknown }>): { accountId: string | null; at: string } | null {
  const last = [...histories].sort((a, b) => Date.parse(a.created) - Date.parse(b.created)).at(-1);
  if (!last) return null;
  const author = last.author as { accountId?: unknown } | undefined;
  return { accountId: typeof author?.accountId === 'string' ? author.accountId : null, at: new Date(last.created).toISOString() };
}

function optionValue(v: unknown): string | null {
  return typeof v === 'object' && v !== null && 'value' in v && typeof v.value === 'string' ? v.value : null;
}

/**
 * JSM's "Affected services" value: an array of `{id}` (the service registry's id). An id the
 * configuration links to a service becomes that service's name; unknown ids are ignored.
 */
function affectedServiceNames(v: unknown, registry: Readonly<Record<string, string>>): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((s: unknown) => {
    const id = typeof s === 'object' && s !== null && 'id' in s && typeof s.id === 'string' ? s.id : null;
    const name = id === null ? undefined : registry[id];
    return name === undefined ? [] : [name];
  });
}

/** JSM's own Affected services first (it is what agents set), then the first known component, then any component. */
function chooseService(affected: readonly string[], components: readonly string[], services: readonly string[]): string | null {
  return affected[0] ?? components.find((c) => services.includes(c)) ?? components[0] ?? null;
}

function namedValue(v: unknown): string | null {
  return typeof v === 'object' && v !== null && 'name' in v && typeof v.name === 'string' ? v.name : null;
}

function requestTypeName(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || !('requestType' in v)) return null;
  const rt = v.requestType;
  return typeof rt === 'object' && rt !== null && 'name' in rt && typeof rt.name === 'string' ? rt.name : null;
}

function slaClock(metric: string, v: unknown): SlaClock[] {
  const p = SlaFieldSchema.safeParse(v);
  if (!p.success) return [];
  const on = p.data.ongoingCycle;
  if (on) {
    return [{ metric, goalMs: on.goalDuration?.millis ?? 0, elapsedMs: on.elapsedTime?.millis ?? 0,
      remainingMs: on.remainingTime?.millis ?? 0, breached: on.breached, paused: on.paused ?? false, completed: false }];
  }
  const last = p.data.completedCycles.at(-1);
  if (!last) return [];
  return [{ metric, goalMs: last.goalDuration?.millis ?? 0, elapsedMs: last.elapsedTime?.millis ?? 0,
    remainingMs: last.remainingTime?.millis ?? 0, breached: last.breached, paused: false, completed: true }];
}

function lastUnassigned(histories: Array<{ created: string; items: Array<{ field: string; to?: string | null }> }>, created: string): string {
  const times = histories.filter((h) => h.items.some((i) => i.field === 'assignee' && !i.to)).map((h) => Date.parse(h.created));
  return new Date(times.length ? Math.max(...times) : Date.parse(created)).toISOString();
}
