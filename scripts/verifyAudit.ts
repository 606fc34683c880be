/**
 * `npm run verify-audit -- <export.json>`: checks an audit-trail export (the Governance page's
 * "Download audit trail", or the `exportAuditTrail` resolver) offline. Every entry's hash is
 * recomputed and every link followed; altered, removed and reordered entries are reported.
 * Given an evidence pack (a ZIP) instead, every file is checked against the manifest's SHA-256
 * and the pack's trail extract is verified from its anchor.
 * Exit code 0 when the trail is intact, 1 when it is not, 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { TrailExportSchema } from '../src/contracts/governance.js';
import { verifyChain } from '../src/domain/governance/auditChain/verifyChain.js';
import { verifyPack } from './verifyPack.js';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    console.error('usage: npm run verify-audit -- <audit-trail-export.json | evidence-pack.zip>');
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  // "PK": a ZIP, so an evidence pack: its manifest and its trail extract are checked instead.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return verifyPack(bytes, (line) => console.log(line));
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  const parsed = TrailExportSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    console.error(`${file} is not an audit-trail export: ${i.path.join('.') || '(root)'}: ${i.message}`);
    return 2;
  }
  const { head, entries, exportedAt } = parsed.data;
  const verdict = verifyChain(entries, head);
  console.log(`${entries.length} entries, head ${head.seq} (${head.hash.slice(0, 12)}…), exported ${exportedAt}`);
  if (verdict.ok) {
    console.log('intact: every hash matches its entry and every entry follows the one before it');
    return 0;
  }
  console.log(`NOT intact: ${verdict.problems.length} problem${verdict.problems.length === 1 ? '' : 's'}`);
  for (const p of verdict.problems) console.log(`  #${p.seq} ${p.problem}: ${p.detail}`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
