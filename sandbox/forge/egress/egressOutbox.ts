import Database from 'better-sqlite3';
import type { EgressChannel } from './describeDelivery.js';

/** One request the app sent to an external host, as the sandbox captured it. */
export interface EgressDelivery {
  id: number;
  /** Virtual epoch millis. */
  at: number;
  method: string;
  url: string;
  channel: EgressChannel;
  recipient: string;
  body: string;
  payload: unknown;
  /** What the receiver (or an injected fault) answered; null when the connection failed. */
  status: number | null;
  /** Set when no answer came back (injected network error). */
  error: string | null;
  /** The app function that sent it. */
  functionKey: string | null;
}

/** Captured egress, kept in SQLite so the outbox survives a sandbox restart like the emails do. */
export class EgressOutbox {
  private readonly db: Database.Database;

  constructor(db?: Database.Database) {
    this.db = db ?? new Database(':memory:');
    this.db.exec('CREATE TABLE IF NOT EXISTS egress_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL)');
  }

  add(entry: Omit<EgressDelivery, 'id'>): EgressDelivery {
    const info = this.db.prepare('INSERT INTO egress_outbox (data) VALUES (?)').run(JSON.stringify(entry));
    return { id: Number(info.lastInsertRowid), ...entry };
  }

  /** The id the next delivery will get, so a receiver's answer can name it. */
  nextId(): number {
    const row = this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'egress_outbox'").get() as { seq: number } | undefined;
    return (row?.seq ?? 0) + 1;
  }

  all(): EgressDelivery[] {
    const rows = this.db.prepare('SELECT id, data FROM egress_outbox ORDER BY id').all() as Array<{ id: number; data: string }>;
    return rows.map((r) => ({ ...(JSON.parse(r.data) as Omit<EgressDelivery, 'id'>), id: r.id }));
  }
}
