import type BetterSqlite3 from 'better-sqlite3';

/**
 * The sandbox's own facts, kept in the site's database beside the issues they belong with.
 * Virtual time is one of them: after a restart the clock must carry on from where it stopped,
 * or SLAs and timers written under the old time would run backwards.
 */
export class SandboxMeta {
  constructor(private readonly db: BetterSqlite3.Database) {
    db.exec('CREATE TABLE IF NOT EXISTS sandbox_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  }

  get(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM sandbox_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  set(key: string, value: string): void {
    this.db.prepare('INSERT INTO sandbox_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  clockNow(): number | undefined {
    const v = this.get('clock.now');
    return v === undefined ? undefined : Number(v);
  }

  saveClock(now: number): void {
    this.set('clock.now', String(now));
  }
}
