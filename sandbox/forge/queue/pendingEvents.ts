import Database from 'better-sqlite3';
import type { AsyncEvent } from './asyncEvent.js';

export interface PendingEvent {
  event: AsyncEvent;
  /** Virtual epoch millis the delivery (or retry) is due. */
  at: number;
}

/**
 * Queue events not yet delivered, in SQLite, so a restarted sandbox still delivers the delayed
 * events and retries the app pushed before (escalation timers are such events). A row stays until
 * its delivery attempt has finished, so a crash mid-delivery delivers again: at least once, as
 * Forge promises.
 */
export class PendingEvents {
  private readonly db: Database.Database;

  constructor(db?: Database.Database) {
    this.db = db ?? new Database(':memory:');
    this.db.exec('CREATE TABLE IF NOT EXISTS queue_pending (event_id TEXT PRIMARY KEY, at INTEGER NOT NULL, event TEXT NOT NULL)');
  }

  /** Records the event as due at `at`; a retry of the same event replaces its row. */
  put(event: AsyncEvent, at: number): void {
    this.db.prepare('INSERT INTO queue_pending (event_id, at, event) VALUES (?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET at = excluded.at, event = excluded.event')
      .run(event.eventId, at, JSON.stringify(event));
  }

  remove(eventId: string): void {
    this.db.prepare('DELETE FROM queue_pending WHERE event_id = ?').run(eventId);
  }

  /** In due order; ties keep the order they were recorded in. */
  all(): PendingEvent[] {
    const rows = this.db.prepare('SELECT at, event FROM queue_pending ORDER BY at, rowid').all() as Array<{ at: number; event: string }>;
    return rows.map((r) => ({ at: r.at, event: JSON.parse(r.event) as AsyncEvent }));
  }
}
