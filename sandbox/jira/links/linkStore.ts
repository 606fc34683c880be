import type BetterSqlite3 from 'better-sqlite3';

/** One link between two issues, by their ids: `outward` (from) → `inward` (to). */
export interface IssueLinkRecord {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

interface Row { id: number; type_id: string; inward_id: string; outward_id: string }

/** Issue links in SQLite, cached in memory like the issues themselves. */
export class LinkStore {
  private readonly links = new Map<string, IssueLinkRecord>();
  private lastId = 10000;

  constructor(private readonly db: BetterSqlite3.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS issue_links (
      id INTEGER PRIMARY KEY, type_id TEXT NOT NULL, inward_id TEXT NOT NULL, outward_id TEXT NOT NULL)`);
    for (const r of db.prepare('SELECT id, type_id, inward_id, outward_id FROM issue_links ORDER BY id').all() as Row[]) {
      this.links.set(String(r.id), { id: String(r.id), typeId: r.type_id, inwardIssueId: r.inward_id, outwardIssueId: r.outward_id });
      this.lastId = Math.max(this.lastId, r.id);
    }
  }

  get(id: string): IssueLinkRecord | undefined {
    return this.links.get(id);
  }

  /** Every link that has the issue at either end, oldest first. */
  of(issueId: string): IssueLinkRecord[] {
    return [...this.links.values()].filter((l) => l.inwardIssueId === issueId || l.outwardIssueId === issueId);
  }

  /**
   * Adds the link unless the same one exists: Jira answers a duplicate link request as created
   * and keeps one link, so retries are harmless.
   */
  add(typeId: string, inwardIssueId: string, outwardIssueId: string): IssueLinkRecord {
    const same = [...this.links.values()].find((l) => l.typeId === typeId && l.inwardIssueId === inwardIssueId && l.outwardIssueId === outwardIssueId);
    if (same) return same;
    const link = { id: String(++this.lastId), typeId, inwardIssueId, outwardIssueId };
    this.db.prepare('INSERT INTO issue_links (id, type_id, inward_id, outward_id) VALUES (?, ?, ?, ?)').run(Number(link.id), typeId, inwardIssueId, outwardIssueId);
    this.links.set(link.id, link);
    return link;
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM issue_links WHERE id = ?').run(Number(id));
    this.links.delete(id);
  }
}
