import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import { withAuditTrail } from '../../../src/app/governance/withAuditTrail.js';
import { buildEvidencePack } from '../../../src/app/governance/evidencePack/buildEvidencePack.js';
import { readZip, writeZip } from '../../../src/app/governance/evidencePack/zipArchive.js';
import { runAuditNow } from '../../../src/app/governance/auditAdmin.js';
import { DEFAULT_ROLE_MAPPING } from '../../../src/domain/access/roleMapping.js';
import { verifyPack } from '../../../scripts/verifyPack.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { T0 } from '../../support/builders.js';

const AUDITOR = { accountId: 'auditor-aud' };

/** November 2026 with an access-log line carrying personal and payment data, chained into the trail. */
async function harness() {
  const h = await appHarness();
  const governance = new MemoryGovernanceStore();
  const store = withAuditTrail(h.store, governance);
  const deps = { ...h.deps, store, governance };
  h.host.addUser(AUDITOR.accountId, { groups: ['compliance-auditors'] });
  const mapping = await h.store.getRoleMapping();
  await h.store.saveRoleMapping({
    version: (mapping?.version ?? 0) + 1, updatedBy: ADMIN.accountId, updatedAt: new Date(T0).toISOString(), reason: 'auditors',
    mapping: { ...(mapping?.mapping ?? DEFAULT_ROLE_MAPPING), auditor: { groups: ['compliance-auditors'], projectRoles: [] } },
  });
  await store.appendAccessLog({ at: '2026-11-20T10:00:00.000Z', accountId: 'agent-ana', action: 'escalate', issueKey: 'ITOPS-1', allowed: true,
    reason: 'customer ana.customer@example.com paid with 4111 1111 1111 1111' });
  await store.appendAccessLog({ at: '2026-11-21T10:00:00.000Z', accountId: 'agent-ana', action: 'standDown', issueKey: 'ITOPS-1', allowed: false, reason: 'no role' });
  h.clock.set(Date.parse('2026-12-03T09:00:00.000Z'));
  return { h, deps, governance };
}

const unzip = (base64: string) => readZip(new Uint8Array(Buffer.from(base64, 'base64')));
const textOf = (files: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(files.get(name)!);

describe('the evidence pack of a month', () => {
  it('carries controls, audit, access log, trail extract, a PDF and a manifest hashing every file', async () => {
    const { deps } = await harness();
    await runAuditNow(deps, AUDITOR, '2026-11');
    const pack = await buildEvidencePack(deps, AUDITOR, '2026-11');
    const files = unzip(pack.base64);
    expect([...files.keys()].sort()).toEqual(['access-log.csv', 'audit.json', 'controls.csv', 'controls.json', 'deviations.csv', 'manifest.json', 'summary.pdf', 'trail-extract.csv', 'trail-extract.json']);
    expect(pack.manifest.files.map((f) => f.name)).not.toContain('manifest.json');
    expect(textOf(files, 'summary.pdf').startsWith('%PDF-1.4')).toBe(true);
    expect(textOf(files, 'controls.csv').split('\r\n')[0]).toBe('control,framework,reference,title,status,check,check status,what the records show,evidence');
    const extract = JSON.parse(textOf(files, 'trail-extract.json')) as { anchor: { seq: number }; entries: Array<{ at: string }> };
    expect(extract.anchor.seq).toBe(0);
    expect(extract.entries.length).toBeGreaterThanOrEqual(2);
    const lines: string[] = [];
    expect(verifyPack(Buffer.from(pack.base64, 'base64'), (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/every file present and matching its SHA-256/);
  });

  it('redacts personal and payment data for an auditor, logging the counts and never the values', async () => {
    const { h, deps } = await harness();
    const pack = await buildEvidencePack(deps, AUDITOR, '2026-11');
    const files = unzip(pack.base64);
    const all = [...files.values()].map((b) => new TextDecoder().decode(b)).join('\n');
    expect(all).not.toContain('ana.customer@example.com');
    expect(all).not.toContain('4111 1111 1111 1111');
    expect(textOf(files, 'access-log.csv')).toContain('customer [email redacted] paid with [card ending 1111]');
    // Once in the access log and once in its trail entry.
    expect(pack.manifest).toMatchObject({ redacted: true, redactions: { email: 2, card: 2 } });
    // The redacted entry is checked by its link; the pack still verifies.
    const lines: string[] = [];
    expect(verifyPack(Buffer.from(pack.base64, 'base64'), (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/1 redacted, by link/);
    const logged = (await h.store.listAccessLog(20)).find((e) => e.action === 'buildEvidencePack')!;
    expect(logged.reason).toMatch(new RegExp(`^2026-11: \\d+ bytes, sha256 ${pack.sha256}; redacted 2 email, 2 card$`));
  });

  it('gives a policy admin the records whole', async () => {
    const { deps } = await harness();
    const pack = await buildEvidencePack(deps, ADMIN, '2026-11');
    expect(textOf(unzip(pack.base64), 'access-log.csv')).toContain('ana.customer@example.com');
    expect(pack.manifest.redacted).toBe(false);
  });

  it('is refused to an agent', async () => {
    const { deps } = await harness();
    await expect(buildEvidencePack(deps, AGENT, '2026-11')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('fails verification when a file in it is changed, or a trail entry is altered', async () => {
    const { deps } = await harness();
    const pack = await buildEvidencePack(deps, ADMIN, '2026-11');
    const files = unzip(pack.base64);
    const altered = new Map(files);
    altered.set('access-log.csv', new TextEncoder().encode(textOf(files, 'access-log.csv').replace('no role', 'allowed')));
    const lines: string[] = [];
    expect(verifyPack(writeZip([...altered].map(([name, bytes]) => ({ name, bytes })), 0), (l) => lines.push(l))).toBe(1);
    expect(lines).toContain('  access-log.csv: altered');

    // Altering the extract and re-hashing it in the manifest still fails: the chain does not follow.
    const extract = JSON.parse(textOf(files, 'trail-extract.json')) as { entries: Array<{ payload: unknown }> };
    extract.entries[0]!.payload = { reason: 'nothing happened' };
    const forged = new Map(files);
    forged.set('trail-extract.json', new TextEncoder().encode(JSON.stringify(extract)));
    const { packManifest } = await import('../../../src/domain/governance/evidencePack/packManifest.js');
    const manifest = JSON.parse(textOf(files, 'manifest.json')) as Parameters<typeof packManifest>[1];
    const rehashed = packManifest([...forged].filter(([n]) => n !== 'manifest.json').map(([name, bytes]) => ({ name, bytes })), manifest);
    forged.set('manifest.json', new TextEncoder().encode(JSON.stringify(rehashed)));
    const out: string[] = [];
    expect(verifyPack(writeZip([...forged].map(([name, bytes]) => ({ name, bytes })), 0), (l) => out.push(l))).toBe(1);
    expect(out.join('\n')).toMatch(/#1 altered/);
  });

  it('reports a damaged archive as unreadable', () => {
    expect(verifyPack(new TextEncoder().encode('not a zip'), () => undefined)).toBe(2);
  });
});
