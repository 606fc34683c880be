import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TrailExport } from '../../src/contracts/governance.js';
import { chainNext, type ChainedEntry } from '../../src/domain/governance/auditChain/chainLink.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'verify-audit-'));

function exportOf(entries: ChainedEntry[], head = { seq: entries.length, hash: entries[entries.length - 1]!.hash }): string {
  const file = join(dir, `trail-${Math.random().toString(36).slice(2)}.json`);
  const body: TrailExport = { format: 'jsm-escalation-audit-trail/1', exportedAt: '2026-12-03T08:00:00.000Z', head, entries: entries as TrailExport['entries'] };
  writeFileSync(file, JSON.stringify(body));
  return file;
}
async function verify(file: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/verifyAudit.ts', file], { cwd: process.cwd() });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

const chain: ChainedEntry[] = [];
for (let i = 0; i < 4; i += 1) chain.push(chainNext(chain[i - 1] ?? null, '2026-12-01T09:00:00.000Z', 'access.refused', { i }));

describe('npm run verify-audit', () => {
  it('says an intact export is intact and exits 0', async () => {
    const r = await verify(exportOf(chain));
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('4 entries, head 4');
    expect(r.out).toContain('intact');
  }, 60_000);

  it('names the altered entry and exits 1', async () => {
    const r = await verify(exportOf(chain.map((e) => (e.seq === 2 ? { ...e, payload: { i: 99 } } : e)), { seq: 4, hash: chain[3]!.hash }));
    expect(r.code).toBe(1);
    expect(r.out).toContain("#2 altered: entry 2's content does not match its hash");
  }, 60_000);

  it('refuses a file that is not an export, naming the field, with exit 2', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ format: 'jsm-escalation-audit-trail/1', exportedAt: 'yesterday', head: { seq: 0, hash: '0'.repeat(64) }, entries: [] }));
    const r = await verify(file);
    expect(r.code).toBe(2);
    expect(r.out).toContain('exportedAt');
  }, 60_000);
});
