/**
 * `npm run verify-audit -- <export.json>`: checks an audit-trail export (the Governance page's
 * "Download audit trail", or the `exportAuditTrail` resolver) offline. Every entry's hash is
 * recomputed and every link followed; altered, removed and reordered entries are reported.
 * Exit code 0 when the trail is intact, 1 when it is not, 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { TrailExportSchema } from '../src/contracts/governance.js';
import { verifyChain } from '../src/domain/governance/auditChain/verifyChain.js';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    console.error('usage: npm run verify-audit -- <audit-trail-export.json>');
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
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
