import { kvs } from '@forge/kvs';
import {
  ClusterProblemSchema, RecurrenceMemberSchema, RecurrenceSettingsSchema,
  type ClusterProblem, type RecurrenceMember, type RecurrenceSettings,
} from '../../contracts/recurrence.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import type { QuarantinedRecurrence, RecurrenceStore } from '../../ports/recurrenceStore.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { kvsSafe, parseStored } from './storedRecords.js';

const SETTINGS = 'recurrence-settings';
const MEMBERS = 'recurrence-member:';
/** Scopes are service names (any characters): hashed, so the key is KVS-safe and prefix-queryable. */
const scopePrefix = (scope: string) => `${MEMBERS}${fnv1a64(scope)}:`;
const member = (scope: string, incidentKey: string) => `${scopePrefix(scope)}${kvsSafe(incidentKey)}`;
const problem = (clusterId: string) => `recurrence-problem:${kvsSafe(clusterId)}`;
const problemIssue = (issueKey: string) => `recurrence-problem-issue:${kvsSafe(issueKey)}`;
/**
 * As long as the longest window (365 days), so a member nobody can match any more expires on
 * its own; kept at a year rather than above it, which KVS TTLs may not allow.
 */
const MEMBER_TTL_DAYS = 365;

/**
 * Recurrence in KVS. Members are keyed by a hash of their scope, so clustering reads only the
 * incidents of one service; each member is its own key, so incidents recorded at the same time
 * never overwrite each other. The problem and its issue → cluster mapping are written together.
 */
export class KvsRecurrenceStore implements RecurrenceStore {
  async getSettings(): Promise<RecurrenceSettings | null> {
    const v = await kvs.get(SETTINGS);
    return v === undefined ? null : parseStored(RecurrenceSettingsSchema, SETTINGS, v);
  }
  async saveSettings(s: RecurrenceSettings): Promise<void> { await kvs.set(SETTINGS, s); }

  async listMembers(scope?: string): Promise<{ members: RecurrenceMember[]; quarantined: QuarantinedRecurrence[] }> {
    const members: RecurrenceMember[] = [];
    const quarantined: QuarantinedRecurrence[] = [];
    for (const [key, value] of await kvsQueryAll(scope === undefined ? MEMBERS : scopePrefix(scope))) {
      try {
        members.push(parseStored(RecurrenceMemberSchema, key, value));
      } catch (e) {
        quarantined.push({ key, error: e instanceof Error ? e.message : String(e) });
      }
    }
    return { members, quarantined };
  }

  async getMember(incidentKey: string, scope: string): Promise<RecurrenceMember | null> {
    const key = member(scope, incidentKey);
    const v = await kvs.get(key);
    return v === undefined ? null : parseStored(RecurrenceMemberSchema, key, v);
  }

  async saveMember(m: RecurrenceMember): Promise<void> {
    await kvs.set(member(m.scope, m.incidentKey), m, { ttl: { value: MEMBER_TTL_DAYS, unit: 'DAYS' } });
  }

  async getProblem(clusterId: string): Promise<ClusterProblem | null> {
    const v = await kvs.get(problem(clusterId));
    return v === undefined ? null : parseStored(ClusterProblemSchema, problem(clusterId), v);
  }

  async listProblems(): Promise<ClusterProblem[]> {
    return (await kvsQueryAll('recurrence-problem:')).map(([k, v]) => parseStored(ClusterProblemSchema, k, v));
  }

  async saveProblem(p: ClusterProblem): Promise<void> {
    await kvs.transact().set(problem(p.clusterId), p).set(problemIssue(p.issueKey), { clusterId: p.clusterId }).execute();
  }

  async clusterOfProblemIssue(issueKey: string): Promise<string | null> {
    const v = (await kvs.get(problemIssue(issueKey))) as { clusterId?: unknown } | undefined;
    return typeof v?.clusterId === 'string' ? v.clusterId : null;
  }
}
