import type { ForgeRuntime } from '../forge/index.js';

const DAY = 86_400_000;

/**
 * Old records for the retention demo: an incident escalated and resolved three years ago
 * (past the default two years for escalation events), so the daily purge has something to
 * delete and the Retention page something to show. Written straight into app storage, as the
 * app itself wrote such events then; once per sandbox (a marker says so), so a restart after the
 * purge does not bring them back.
 */
export function seedRetentionHistory(runtime: ForgeRuntime, now: number): void {
  const marker = runtime.kvs.handle('/api/v1/set', { key: 'sandbox-seed:retention-history', value: { at: new Date(now).toISOString() }, options: { keyPolicy: 'FAIL_IF_EXISTS' } });
  if (marker.status >= 400) return;
  const key = 'ITOPS-900';
  const start = now - 1100 * DAY;
  const types = ['triggered', 'paged', 'acknowledged', 'resolved'] as const;
  types.forEach((type, seq) => {
    const at = new Date(start + seq * 10 * 60_000).toISOString();
    const value = { incidentKey: key, at, type, path: 'technical', level: 1, loop: 0, detail: `${type} (archived demo incident)`, policyId: 'itops-default', policyVersion: 1, seq };
    const storageKey = `event:${key}:${String(seq).padStart(6, '0')}:${type}`;
    runtime.kvs.handle('/api/v1/set', { key: storageKey, value, options: { keyPolicy: 'FAIL_IF_EXISTS' } });
  });
}
