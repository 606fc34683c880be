import { isAdf, textToAdf } from './adf.js';
import { fieldError } from './jiraError.js';
import type { SiteContext } from './siteContext.js';
import type { Adf, ProjectRecord } from './siteTypes.js';
import { CUSTOM_FIELD_IDS, IMPACT_OPTIONS, ISSUE_TYPES, PRIORITIES, SERVICE_REGISTRY, URGENCY_OPTIONS, type SelectOption } from './workflowCatalog.js';

/** Field changes in the site's vocabulary, parsed from a REST `fields` / `update` body. */
export interface IssueChanges {
  summary?: string;
  description?: Adf | null;
  issueTypeId?: string;
  priorityId?: string;
  assigneeId?: string | null;
  reporterId?: string;
  labels?: string[];
  components?: string[];
  requestTypeId?: string | null;
  impactId?: string | null;
  urgencyId?: string | null;
  affectedServiceIds?: string[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);

function byIdOrName<T extends { id: string }>(field: string, list: readonly T[], value: unknown, name: (t: T) => string): string {
  const o = obj(value);
  const found = list.find((t) => (o?.id !== undefined && t.id === String(o.id)) || (o?.name !== undefined && name(t) === o.name));
  if (!found) throw fieldError(field, `Specify a valid '${field}' id or name`);
  return found.id;
}

function option(field: string, options: readonly SelectOption[], value: unknown): string | null {
  if (value === null) return null;
  const o = obj(value);
  const found = options.find((x) => (o?.id !== undefined && x.id === String(o.id)) || (o?.value !== undefined && x.value === o.value));
  if (!found) throw fieldError(field, `Option value '${String(o?.value ?? o?.id)}' is not valid`);
  return found.id;
}

/** Affected services are set as `[{id}]` with service registry ids; null clears the field. */
function affectedServices(field: string, value: unknown): string[] {
  if (value === null) return [];
  if (!Array.isArray(value)) throw fieldError(field, 'Specify the affected services as a list of service ids.');
  return value.map((v) => {
    const id = obj(v)?.id;
    if (typeof id !== 'string' || !SERVICE_REGISTRY.some((s) => s.id === id)) throw fieldError(field, `Service '${String(id)}' does not exist.`);
    return id;
  });
}

function user(ctx: SiteContext, field: string, value: unknown): string | null {
  if (value === null) return null;
  const id = obj(value)?.accountId;
  if (typeof id !== 'string' || !ctx.directory.user(id)) throw fieldError(field, `Specify a valid value for ${field}`);
  return id;
}

function labels(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((l): l is string => typeof l === 'string' && !/\s/.test(l))) {
    throw fieldError('labels', 'Labels must be strings without spaces.');
  }
  return [...new Set(value)];
}

/** Applies Jira's `update` operations on labels (add / remove / set) to the current list. */
function labelOperations(current: readonly string[], ops: unknown): string[] {
  if (!Array.isArray(ops)) throw fieldError('labels', 'Expected a list of operations.');
  let out = [...current];
  for (const op of ops.map(obj)) {
    if (op?.set !== undefined) out = labels(op.set);
    else if (typeof op?.add === 'string') out = out.includes(op.add) ? out : [...out, ...labels([op.add])];
    else if (typeof op?.remove === 'string') out = out.filter((l) => l !== op.remove);
    else throw fieldError('labels', 'Unsupported operation on labels.');
  }
  return out;
}

export function parseIssueFields(
  ctx: SiteContext,
  project: ProjectRecord,
  fields: Json,
  update: Json = {},
  currentLabels: readonly string[] = [],
): IssueChanges {
  const out: IssueChanges = {};
  for (const [key, value] of Object.entries(fields)) {
    switch (key) {
      case 'project':
        break;
      case 'summary':
        if (typeof value !== 'string' || value.trim() === '') throw fieldError('summary', 'You must specify a summary of the issue.');
        out.summary = value;
        break;
      case 'description':
        out.description = value === null ? null : isAdf(value) ? value : typeof value === 'string' ? textToAdf(value) : null;
        if (value !== null && out.description === null) throw fieldError('description', 'Operation value must be an Atlassian Document.');
        break;
      case 'issuetype':
        out.issueTypeId = byIdOrName('issuetype', ISSUE_TYPES, value, (t) => t.name);
        break;
      case 'priority':
        out.priorityId = byIdOrName('priority', PRIORITIES, value, (p) => p.name);
        break;
      case 'assignee':
        out.assigneeId = user(ctx, 'assignee', value);
        break;
      case 'reporter':
        out.reporterId = user(ctx, 'reporter', value) ?? undefined;
        break;
      case 'labels':
        out.labels = labels(value);
        break;
      case 'components':
        if (!Array.isArray(value)) throw fieldError('components', 'Expected a list of components.');
        out.components = value.map((c) => byIdOrName('components', project.components, c, (x) => x.name));
        break;
      case CUSTOM_FIELD_IDS.impact:
        out.impactId = option(key, IMPACT_OPTIONS, value);
        break;
      case CUSTOM_FIELD_IDS.urgency:
        out.urgencyId = option(key, URGENCY_OPTIONS, value);
        break;
      case CUSTOM_FIELD_IDS.affectedServices:
        out.affectedServiceIds = affectedServices(key, value);
        break;
      case CUSTOM_FIELD_IDS.requestType: {
        const id = typeof value === 'string' ? value : String(obj(value)?.id ?? '');
        if (!project.requestTypes.some((r) => r.id === id)) throw fieldError(key, 'Invalid request type.');
        out.requestTypeId = id;
        break;
      }
      default:
        throw fieldError(key, `Field '${key}' cannot be set. It is not on the appropriate screen, or unknown.`);
    }
  }
  if (update.labels !== undefined) out.labels = labelOperations(out.labels ?? currentLabels, update.labels);
  const unsupported = Object.keys(update).filter((k) => k !== 'labels');
  if (unsupported[0]) throw fieldError(unsupported[0], 'The sandbox supports `update` operations on labels only.');
  return out;
}
