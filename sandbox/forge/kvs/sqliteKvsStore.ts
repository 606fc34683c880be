import Database from 'better-sqlite3';

/** One stored item; `ns` separates plain KVS, secrets and each custom entity. */
export interface StoredItem {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireAt: number | undefined;
}

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

const toItem = (row: Row): StoredItem => ({
  key: row.key,
  value: JSON.parse(row.value) as unknown,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  expireAt: row.expire_at ?? undefined,
});

/**
 * Storage rows on SQLite. Expired rows are invisible from the moment the virtual clock passes
 * their expiry (`now` is read per call), as the platform's TTL promises.
 */
export class SqliteKvsStore {
  readonly db: Database.Database;

  constructor(
    private readonly now: () => number,
    filename = ':memory:',
  ) {
    this.db = new Database(filename);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS kv_items (
      ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expire_at INTEGER,
      PRIMARY KEY (ns, key))`);
  }

  get(ns: string, key: string): StoredItem | undefined {
    const row = this.db
      .prepare('SELECT * FROM kv_items WHERE ns = ? AND key = ? AND (expire_at IS NULL OR expire_at > ?)')
      .get(ns, key, this.now()) as Row | undefined;
    return row ? toItem(row) : undefined;
  }

  /** Writes `json` and returns the stored item; `ttlMs` undefined clears any expiry. */
  put(ns: string, key: string, json: string, ttlMs: number | undefined): StoredItem {
    const now = this.now();
    const existing = this.get(ns, key);
    const createdAt = existing?.createdAt ?? now;
    const expireAt = ttlMs === undefined ? null : now + ttlMs;
    this.db
      .prepare(
        `INSERT INTO kv_items (ns, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
         updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
      )
      .run(ns, key, json, createdAt, now, expireAt);
    return { key, value: JSON.parse(json) as unknown, createdAt, updatedAt: now, expireAt: expireAt ?? undefined };
  }

  delete(ns: string, key: string): void {
    this.db.prepare('DELETE FROM kv_items WHERE ns = ? AND key = ?').run(ns, key);
  }

  /** Live keys in `ns` starting with `prefix`, after `afterKey`, in key order. */
  list(ns: string, prefix: string, afterKey: string | undefined, limit: number): StoredItem[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM kv_items WHERE ns = ? AND substr(key, 1, ?) = ? AND key > ?
         AND (expire_at IS NULL OR expire_at > ?) ORDER BY key LIMIT ?`,
      )
      .all(ns, prefix.length, prefix, afterKey ?? '', this.now(), limit) as Row[];
    return rows.map(toItem);
  }

  /** Every live item in `ns` (entity queries filter and sort in memory). */
  all(ns: string): StoredItem[] {
    const rows = this.db
      .prepare('SELECT * FROM kv_items WHERE ns = ? AND (expire_at IS NULL OR expire_at > ?) ORDER BY key')
      .all(ns, this.now()) as Row[];
    return rows.map(toItem);
  }

  /** Every live item of every namespace, for tests that prove a refused request stored nothing. */
  everything(): Array<{ ns: string; key: string; value: string }> {
    return this.db
      .prepare('SELECT ns, key, value FROM kv_items WHERE (expire_at IS NULL OR expire_at > ?) ORDER BY ns, key')
      .all(this.now()) as Array<{ ns: string; key: string; value: string }>;
  }

  /** Runs `fn` atomically: a throw rolls every write back. */
  atomically<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}
