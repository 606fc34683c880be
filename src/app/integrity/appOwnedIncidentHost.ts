import type { Priority } from '../../contracts/common.js';
import { initialEscalationState, type EscalationState } from '../../contracts/escalationState.js';
import { COMMS_PROPERTY, emptyIncidentComms, IncidentCommsSchema, type IncidentComms } from '../../contracts/incidentComms.js';
import type { MirroredProperty } from '../../contracts/incidentIntegrity.js';
import { mergeIncidentComms } from '../../domain/comms/state/mergeIncidentComms.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import type { IncidentHost, IncidentRecord, IssuePermission, NewIncident, RecordPage } from '../../ports/incidentHost.js';
import type { IncidentQuery } from '../../ports/incidentQuery.js';
import { StateConflictError, type IncidentStateStore, type StoredIncidentState } from '../../ports/incidentStateStore.js';
import type { Clock } from '../../ports/queue.js';
import type { Store } from '../../ports/store.js';
import { canonical, checkCommsMirror, checkEscalationMirror } from './mirrorCheck.js';

const ESCALATION = 'escalation';
const WRITE_ATTEMPTS = 5;
const DUE_FROM_APP = 100;
/**
 * The app writes app storage, then the mirror: a reader in between sees the old mirror. Within
 * this long of an app write a mismatch is put right without being reported as a bypass.
 */
const MIRROR_LAG_MS = 60_000;

export interface AppOwnedDeps {
  states: IncidentStateStore;
  /**
   * Writes the mirrors. The app's own mirror is written as the app (a person reading the
   * panel may not be allowed to edit the issue); defaults to the inner host.
   */
  mirror?: Pick<IncidentHost, 'writeState' | 'setIssueProperty'>;
  store: Store;
  clock: Clock;
}

/**
 * The IncidentHost the use cases get: issue facts come from Jira, escalation and comms state
 * from app storage. The `escalation` and `comms` properties are mirrors: every read compares
 * them with app storage and puts back (and reports) what someone else changed, and every
 * write goes to app storage first, conditionally, then to the mirror.
 */
export class AppOwnedIncidentHost implements IncidentHost {
  /** The escalation state each key had when this invocation read it: what a write builds on. */
  private readonly escalationBase = new Map<string, string>();
  /** The comms record each key had when read, so a write re-applies its change onto others'. */
  private readonly commsBase = new Map<string, IncidentComms>();

  private readonly mirror: Pick<IncidentHost, 'writeState' | 'setIssueProperty'>;
  private cutoff: Promise<number> | null = null;

  constructor(private readonly inner: IncidentHost, private readonly deps: AppOwnedDeps) {
    this.mirror = deps.mirror ?? inner;
  }

  async getIncident(key: string): Promise<IncidentRecord | null> {
    const rec = await this.inner.getIncident(key);
    if (!rec) return null;
    const page = await this.reconcile([rec]);
    const first = page.records[0];
    if (first) return first;
    throw new Error(`quarantined: ${page.unreadable[0]?.error ?? key}`);
  }

  async search(query: IncidentQuery, pageToken: string | null): Promise<RecordPage> {
    if (query.kind !== 'due') {
      const page = await this.inner.search(query, pageToken);
      const r = await this.reconcile(page.records);
      return { records: r.records, unreadable: [...page.unreadable, ...r.unreadable], nextPageToken: page.nextPageToken };
    }
    // App storage's own index first: a deleted or tampered property cannot hide a due incident
    // from the sweep. Then Jira's JQL, which also finds never-evaluated incidents by SLA and age.
    if (pageToken === null) {
      const keys = await this.deps.states.dueKeys(query.cutoffMs, DUE_FROM_APP);
      const page = keys.length ? await this.search({ kind: 'keys', keys }, null) : { records: [], unreadable: [], nextPageToken: null };
      return { records: page.records, unreadable: page.unreadable, nextPageToken: 'jql:' };
    }
    const inner = pageToken.startsWith('jql:') ? pageToken.slice(4) : pageToken;
    const page = await this.inner.search(query, inner === '' ? null : inner);
    const r = await this.reconcile(page.records);
    return { records: r.records, unreadable: [...page.unreadable, ...r.unreadable], nextPageToken: page.nextPageToken === null ? null : `jql:${page.nextPageToken}` };
  }

  async writeState(key: string, state: EscalationState): Promise<void> {
    const base = this.escalationBase.get(key);
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const cur = await this.current(key);
      // Only a change to the escalation itself conflicts; a comms write in between does not.
      if (base !== undefined && canonical(cur?.escalation ?? null) !== base) {
        this.escalationBase.delete(key);
        throw new StateConflictError(key);
      }
      const r = await this.deps.states.write(key, { escalation: state, comms: cur?.comms ?? null }, cur?.version ?? null, this.deps.clock.now());
      if (r.written) {
        this.escalationBase.set(key, canonical(state));
        await this.mirror.writeState(key, state);
        return;
      }
    }
    throw new StateConflictError(key);
  }

  async getIssueProperty(key: string, propertyKey: string): Promise<unknown> {
    if (propertyKey === ESCALATION) return (await this.getIncident(key))?.state ?? undefined;
    const raw = await this.inner.getIssueProperty(key, propertyKey);
    if (propertyKey !== COMMS_PROPERTY) return raw;
    await this.cutoffMs();
    const read = await this.deps.states.read(key);
    if (read.kind === 'unreadable') {
      await this.quarantine(key, read.error);
      throw new Error(`quarantined: ${read.error}`);
    }
    const app = read.kind === 'ok' ? read.state : null;
    let comms = app?.comms ?? null;
    if (comms === null && raw !== undefined && raw !== null && (await this.mayAdopt(key))) {
      comms = await this.adoptComms(key, app, raw);
    } else {
      const verdict = checkCommsMirror(comms, raw);
      if (!verdict.ok) await this.restore(key, 'comms', verdict.reason, raw, app, () => this.mirror.setIssueProperty(key, COMMS_PROPERTY, comms ?? emptyIncidentComms), null);
    }
    const value = comms ?? emptyIncidentComms;
    this.commsBase.set(key, value);
    return comms === null ? undefined : value;
  }

  async setIssueProperty(key: string, propertyKey: string, value: unknown): Promise<void> {
    if (propertyKey === ESCALATION) throw new Error('the escalation property is written through writeState only');
    if (propertyKey !== COMMS_PROPERTY) return this.inner.setIssueProperty(key, propertyKey, value);
    const mine = value as IncidentComms;
    const base = this.commsBase.get(key);
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const cur = await this.current(key);
      const theirs = cur?.comms ?? emptyIncidentComms;
      const next = base === undefined ? mine : mergeIncidentComms(base, mine, theirs);
      const r = await this.deps.states.write(key, { escalation: cur?.escalation ?? null, comms: next }, cur?.version ?? null, this.deps.clock.now());
      if (r.written) {
        this.commsBase.set(key, next);
        await this.mirror.setIssueProperty(key, COMMS_PROPERTY, next);
        return;
      }
    }
    throw new StateConflictError(key);
  }

  /** App state for each record; mismatched mirrors restored, unreadable app state quarantined. */
  private async reconcile(records: IncidentRecord[]): Promise<{ records: IncidentRecord[]; unreadable: RecordPage['unreadable'] }> {
    if (!records.length) return { records: [], unreadable: [] };
    // Fixed on the first read of any incident, so a property written later onto an incident
    // created after that can never pass for state from before app storage.
    await this.cutoffMs();
    const reads = await this.deps.states.readMany(records.map((r) => r.incident.key));
    const out: IncidentRecord[] = [];
    const unreadable: RecordPage['unreadable'] = [];
    for (const rec of records) {
      const key = rec.incident.key;
      const read = reads.get(key) ?? { kind: 'absent' as const };
      if (read.kind === 'unreadable') {
        await this.quarantine(key, read.error);
        unreadable.push({ key, error: read.error });
        continue;
      }
      const app = read.kind === 'ok' ? read.state : null;
      let state = app?.escalation ?? null;
      const property = { state: rec.state, ...(rec.propertyError !== undefined ? { error: rec.propertyError } : {}) };
      if (state === null && rec.state !== null && rec.propertyError === undefined && (await this.mayAdopt(key, rec))) {
        state = await this.adoptEscalation(key, app, rec.state);
      } else {
        // A property that cannot be read is never the state, not even on an issue older than app
        // storage: with nothing in app storage either, the incident escalates from the start
        // (and the mirror is put back and reported) rather than being skipped. Skipping it would
        // switch off escalation for it quietly; a repeated first page is the lesser harm. The
        // fault campaign found this: an adoption cutoff fixed late (its first write failed) made
        // a new incident with a poisoned property look older than app storage.
        const verdict = checkEscalationMirror(state, property);
        if (!verdict.ok) {
          // Nothing in app storage yet: the app takes the incident over, due now, so its own index
          // leads the sweep to it. A mirror put back to "never escalated" alone would hide it from
          // the sweep's JQL, which finds unseen incidents by an empty property.
          const restored = state ?? (await this.takeOver(key, app));
          state = restored;
          await this.restore(key, 'escalation', verdict.reason, rec.propertyError ?? rec.state, app, () => this.mirror.writeState(key, restored), rec);
        }
      }
      this.escalationBase.set(key, canonical(state));
      const { propertyError: _e, lastEdit: _l, ...clean } = rec;
      out.push({ ...clean, state });
    }
    return { records: out, unreadable };
  }

  /** Only issues older than app-owned state can have state that lives in the property alone. */
  private async mayAdopt(key: string, rec?: IncidentRecord): Promise<boolean> {
    const created = rec?.incident.created ?? (await this.inner.getIncident(key))?.incident.created;
    if (created === undefined) return false;
    return Date.parse(created) < (await this.cutoffMs());
  }

  private cutoffMs(): Promise<number> {
    this.cutoff ??= this.deps.states.adoptionCutoff(this.deps.clock.now());
    return this.cutoff;
  }

  private async adoptEscalation(key: string, app: StoredIncidentState | null, state: EscalationState): Promise<EscalationState> {
    const r = await this.deps.states.write(key, { escalation: state, comms: app?.comms ?? null }, app?.version ?? null, this.deps.clock.now());
    if (!r.written) {
      // Someone adopted or wrote it first: theirs is the state.
      const again = await this.current(key);
      return again?.escalation ?? state;
    }
    await this.event(key, state, 'stateAdopted', 'Escalation state adopted from issue property into app storage; the property is now a mirror the app writes.');
    return state;
  }

  /** App state for an incident the app has not evaluated yet: never escalated, due at once. */
  private async takeOver(key: string, app: StoredIncidentState | null): Promise<EscalationState> {
    const state: EscalationState = { ...initialEscalationState, nextEvaluationEpochMs: this.deps.clock.now() };
    const r = await this.deps.states.write(key, { escalation: state, comms: app?.comms ?? null }, app?.version ?? null, this.deps.clock.now());
    if (r.written) return state;
    // Another invocation wrote first (it evaluated the incident, or took it over too): theirs stands.
    return (await this.current(key))?.escalation ?? state;
  }

  private async adoptComms(key: string, app: StoredIncidentState | null, raw: unknown): Promise<IncidentComms | null> {
    const parsed = IncidentCommsSchema.safeParse(raw);
    if (!parsed.success) {
      const verdict = checkCommsMirror(null, raw);
      const reason = verdict.ok ? 'malformed comms property' : verdict.reason;
      await this.quarantine(key, `${key}: ${reason} (comms kept only in the property, from before app storage; it cannot be adopted)`);
      throw new Error(`quarantined: ${key}: ${reason}`);
    }
    const comms = parsed.data;
    const r = await this.deps.states.write(key, { escalation: app?.escalation ?? null, comms }, app?.version ?? null, this.deps.clock.now());
    if (!r.written) return (await this.current(key))?.comms ?? comms;
    await this.event(key, app?.escalation ?? null, 'stateAdopted', 'Comms state adopted from issue property into app storage; the property is now a mirror the app writes.');
    return comms;
  }

  /**
   * Puts the mirror back and reports it once per tampered value: in the access log as a bypass
   * attempt, on the incident's timeline, and in admin's "records needing attention".
   */
  private async restore(key: string, property: MirroredProperty, reason: string, found: unknown, app: StoredIncidentState | null,
    putBack: () => Promise<void>, rec: IncidentRecord | null): Promise<void> {
    // Best effort: app storage is the state whether or not the mirror could be put back now;
    // the next read tries again.
    await putBack().catch(() => undefined);
    const lagging = app !== null && this.deps.clock.now() - Date.parse(app.updatedAt) < MIRROR_LAG_MS && !reason.startsWith('malformed');
    if (lagging) return;
    const once = `bypass:${key}:${property}:${fnv1a64(canonical(found ?? null))}:${app?.version ?? 0}`;
    if (!(await this.deps.store.useOnce(once, 600))) return;
    const edit = rec?.lastEdit !== undefined ? rec.lastEdit : (await this.inner.getIncident(key))?.lastEdit ?? null;
    const at = new Date(this.deps.clock.now()).toISOString();
    const who = edit?.accountId ? `; last issue edit by ${edit.accountId} at ${edit.at} (Jira keeps no history of property writes)` : '';
    const text = `Issue property "${property}" changed outside the app (${reason}); restored from app storage${who}.`;
    await this.deps.store.appendAccessLog({ at, accountId: edit?.accountId ?? 'unknown', action: `bypassAttempt:${property}`, issueKey: key, allowed: false, reason: text });
    await this.deps.states.noteAttention({ issueKey: key, kind: 'bypassAttempt', property, reason, at, lastEditedBy: edit?.accountId ?? null, lastEditedAt: edit?.at ?? null });
    await this.event(key, app?.escalation ?? null, 'stateRestored', text);
  }

  private async quarantine(key: string, error: string): Promise<void> {
    await this.deps.states.noteAttention({ issueKey: key, kind: 'quarantined', property: null, reason: error, at: new Date(this.deps.clock.now()).toISOString(), lastEditedBy: null, lastEditedAt: null });
  }

  private async current(key: string): Promise<StoredIncidentState | null> {
    const r = await this.deps.states.read(key);
    if (r.kind === 'unreadable') throw new Error(`quarantined: ${r.error}`);
    return r.kind === 'ok' ? r.state : null;
  }

  private async event(key: string, s: EscalationState | null, type: 'stateAdopted' | 'stateRestored', detail: string): Promise<void> {
    await this.deps.store.appendEvents([{ incidentKey: key, at: new Date(this.deps.clock.now()).toISOString(), type, path: s?.path ?? null, level: s?.level ?? null,
      loop: s?.loop ?? 0, detail, policyId: s?.policyId ?? null, policyVersion: s?.policyVersion ?? null, seq: 0 }]);
  }

  // Everything else is the issue itself, passed through.
  matchesJql(key: string, jql: string) { return this.inner.matchesJql(key, jql); }
  assign(key: string, accountId: string) { return this.inner.assign(key, accountId); }
  setPriority(key: string, p: Priority) { return this.inner.setPriority(key, p); }
  addWatcher(key: string, accountId: string) { return this.inner.addWatcher(key, accountId); }
  addLabel(key: string, label: string) { return this.inner.addLabel(key, label); }
  addInternalComment(key: string, body: string) { return this.inner.addInternalComment(key, body); }
  hasInternalComment(key: string, body: string) { return this.inner.hasInternalComment(key, body); }
  transition(key: string, name: string) { return this.inner.transition(key, name); }
  resolveWith(key: string, transitionName: string, resolutionName: string) { return this.inner.resolveWith(key, transitionName, resolutionName); }
  createIncident(input: NewIncident) { return this.inner.createIncident(input); }
  addPublicComment(key: string, body: string) { return this.inner.addPublicComment(key, body); }
  upsertInternalComment(key: string, commentId: string | null, body: string) { return this.inner.upsertInternalComment(key, commentId, body); }
  openIncidentCounts(accountIds: readonly string[]) { return this.inner.openIncidentCounts(accountIds); }
  hasIssuePermission(accountId: string, key: string, permission: IssuePermission) { return this.inner.hasIssuePermission(accountId, key, permission); }
  isJiraAdmin(accountId: string) { return this.inner.isJiraAdmin(accountId); }
  userGroups(accountId: string) { return this.inner.userGroups(accountId); }
  projectRoles(accountId: string, projectKey: string) { return this.inner.projectRoles(accountId, projectKey); }
  getUser(accountId: string) { return this.inner.getUser(accountId); }
  searchUsers(query: string, maxResults: number) { return this.inner.searchUsers(query, maxResults); }
  searchGroups(query: string, maxResults: number) { return this.inner.searchGroups(query, maxResults); }
  findGroup(name: string) { return this.inner.findGroup(name); }
}
