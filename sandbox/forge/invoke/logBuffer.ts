import { format } from 'node:util';
import { currentInvocation } from './invocationScope.js';

export type LogLevel = 'debug' | 'info' | 'log' | 'warn' | 'error';

export interface LogEntry {
  seq: number;
  /** Virtual epoch millis. */
  at: number;
  level: LogLevel;
  invocationId: string;
  functionKey: string;
  message: string;
}

export interface LogQuery {
  /** Only entries at or after this virtual time. */
  since?: number;
  functionKey?: string;
  invocationId?: string;
}

const LEVELS: LogLevel[] = ['debug', 'info', 'log', 'warn', 'error'];

/**
 * A ring buffer of what app code printed, tagged with its invocation, the way `forge logs` shows
 * it. Only output made inside an invocation is captured; everything else passes through.
 */
export class LogBuffer {
  private readonly entries: LogEntry[] = [];
  private seq = 0;
  private restore: (() => void) | undefined;

  constructor(
    private readonly now: () => number,
    private readonly capacity = 5_000,
    private readonly echo = false,
  ) {}

  record(level: LogLevel, invocationId: string, functionKey: string, message: string): void {
    this.entries.push({ seq: ++this.seq, at: this.now(), level, invocationId, functionKey, message });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  getLogs(query: LogQuery = {}): LogEntry[] {
    return this.entries.filter(
      (e) =>
        (query.since === undefined || e.at >= query.since) &&
        (query.functionKey === undefined || e.functionKey === query.functionKey) &&
        (query.invocationId === undefined || e.invocationId === query.invocationId),
    );
  }

  /** Wraps `console.*` once; `uninstall` puts the originals back. */
  install(): void {
    if (this.restore) return;
    const originals = new Map<LogLevel, (...args: unknown[]) => void>();
    for (const level of LEVELS) {
      const original = console[level].bind(console) as (...args: unknown[]) => void;
      originals.set(level, original);
      console[level] = (...args: unknown[]) => {
        const scope = currentInvocation();
        if (!scope) return original(...args);
        this.record(level, scope.invocationId, scope.functionKey, format(...args));
        if (this.echo) original(`[${scope.functionKey} ${scope.invocationId}]`, ...args);
      };
    }
    this.restore = () => {
      for (const [level, original] of originals) console[level] = original;
    };
  }

  uninstall(): void {
    this.restore?.();
    this.restore = undefined;
  }
}
