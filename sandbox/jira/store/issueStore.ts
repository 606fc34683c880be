import type BetterSqlite3 from 'better-sqlite3';
import type { ChangelogEntry, CommentRecord, IssueRecord } from '../siteTypes.js';

type IssueCore = Omit<IssueRecord, 'properties' | 'changelog' | 'comments'>;

interface Row {
  id: number;
  issue_id: number;
  data: string;
}

/**
 * Issues in SQLite with an in-memory cache of parsed records. Searches run over the cache (JQL
 * over 50,000 issues must answer in well under a second); every write goes through here so
 * the cache and the tables never disagree.
 */
export class IssueStore {
  private readonly byId = new Map<string, IssueRecord>();
  private readonly byKey = new Map<string, IssueRecord>();
  private lastIssueId = 10000;
  private lastCommentId = 10000;
  private lastChangelogId = 10000;
  private readonly numbers = new Map<string, number>();

  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly db: BetterSqlite3.Database) {
    this.load();
  }

  /** Prepared once and reused: preparing dominated bulk seeding. */
  private stmt(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private load(): void {
    const issues = this.db.prepare('SELECT id, data FROM issues ORDER BY id').all() as Row[];
    for (const row of issues) {
      const core = JSON.parse(row.data) as IssueCore;
      this.remember({ ...core, properties: {}, changelog: [], comments: [] });
    }
    for (const row of this.db.prepare('SELECT id, issue_id, data FROM comments ORDER BY id').all() as Row[]) {
      this.byId.get(String(row.issue_id))?.comments.push(JSON.parse(row.data) as CommentRecord);
      this.lastCommentId = Math.max(this.lastCommentId, row.id);
    }
    for (const row of this.db.prepare('SELECT id, issue_id, data FROM changelog ORDER BY id').all() as Row[]) {
      this.byId.get(String(row.issue_id))?.changelog.push(JSON.parse(row.data) as ChangelogEntry);
      this.lastChangelogId = Math.max(this.lastChangelogId, row.id);
    }
    const props = this.db.prepare('SELECT issue_id, key, value FROM issue_properties').all() as {
      issue_id: number;
      key: string;
      value: string;
    }[];
    for (const p of props) {
      const issue = this.byId.get(String(p.issue_id));
      if (issue) issue.properties[p.key] = JSON.parse(p.value) as unknown;
    }
  }

  private remember(issue: IssueRecord): void {
    this.byId.set(issue.id, issue);
    this.byKey.set(issue.key, issue);
    this.lastIssueId = Math.max(this.lastIssueId, Number(issue.id));
    const n = Number(issue.key.split('-')[1]);
    this.numbers.set(issue.projectKey, Math.max(this.numbers.get(issue.projectKey) ?? 0, n));
  }

  all(): IterableIterator<IssueRecord> {
    return this.byId.values();
  }

  count(): number {
    return this.byId.size;
  }

  /** By key (case-insensitive, as Jira accepts) or numeric id. */
  find(idOrKey: string): IssueRecord | undefined {
    return this.byId.get(idOrKey) ?? this.byKey.get(idOrKey.toUpperCase());
  }

  /** Allocates the next id and key for a project. */
  nextIdentity(projectKey: string): { id: string; key: string } {
    const n = (this.numbers.get(projectKey) ?? 0) + 1;
    return { id: String(this.lastIssueId + 1), key: `${projectKey}-${n}` };
  }

  nextCommentId(): string {
    return String(++this.lastCommentId);
  }

  nextChangelogId(): string {
    return String(++this.lastChangelogId);
  }

  insert(issue: IssueRecord): void {
    this.stmt('INSERT INTO issues (id, key, project_key, status_id, updated, data) VALUES (?, ?, ?, ?, ?, ?)')
      .run(Number(issue.id), issue.key, issue.projectKey, issue.statusId, issue.updated, JSON.stringify(core(issue)));
    this.remember(issue);
    for (const c of issue.comments) this.writeComment(issue, c);
    for (const e of issue.changelog) this.writeChangelog(issue, e);
    for (const [k, v] of Object.entries(issue.properties)) this.writeProperty(issue, k, v);
  }

  /** Persists the issue's own fields after the caller changed the cached record. */
  saveFields(issue: IssueRecord): void {
    this.stmt('UPDATE issues SET status_id = ?, updated = ?, data = ? WHERE id = ?')
      .run(issue.statusId, issue.updated, JSON.stringify(core(issue)), Number(issue.id));
  }

  addComment(issue: IssueRecord, comment: CommentRecord): void {
    issue.comments.push(comment);
    this.writeComment(issue, comment);
  }

  /** Persists a comment the caller changed in place (edited body). */
  saveComment(comment: CommentRecord): void {
    this.stmt('UPDATE comments SET data = ? WHERE id = ?').run(JSON.stringify(comment), Number(comment.id));
  }

  addChangelog(issue: IssueRecord, entry: ChangelogEntry): void {
    issue.changelog.push(entry);
    this.writeChangelog(issue, entry);
  }

  setProperty(issue: IssueRecord, key: string, value: unknown): void {
    issue.properties[key] = value;
    this.writeProperty(issue, key, value);
  }

  deleteProperty(issue: IssueRecord, key: string): void {
    delete issue.properties[key];
    this.stmt('DELETE FROM issue_properties WHERE issue_id = ? AND key = ?').run(Number(issue.id), key);
  }

  private writeComment(issue: IssueRecord, c: CommentRecord): void {
    this.stmt('INSERT INTO comments (id, issue_id, data) VALUES (?, ?, ?)').run(Number(c.id), Number(issue.id), JSON.stringify(c));
    this.lastCommentId = Math.max(this.lastCommentId, Number(c.id));
  }

  private writeChangelog(issue: IssueRecord, e: ChangelogEntry): void {
    this.stmt('INSERT INTO changelog (id, issue_id, data) VALUES (?, ?, ?)').run(Number(e.id), Number(issue.id), JSON.stringify(e));
    this.lastChangelogId = Math.max(this.lastChangelogId, Number(e.id));
  }

  private writeProperty(issue: IssueRecord, key: string, value: unknown): void {
    this.stmt('INSERT INTO issue_properties (issue_id, key, value) VALUES (?, ?, ?) ON CONFLICT (issue_id, key) DO UPDATE SET value = excluded.value')
      .run(Number(issue.id), key, JSON.stringify(value));
  }
}

function core(issue: IssueRecord): IssueCore {
  const { properties: _p, changelog: _c, comments: _m, ...rest } = issue;
  return rest;
}
