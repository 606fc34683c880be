import { readZip } from '../src/app/governance/evidencePack/zipArchive.js';
import { PackManifestSchema, TrailExtractSchema } from '../src/contracts/evidencePack.js';
import { checkManifest } from '../src/domain/governance/evidencePack/packManifest.js';
import { verifyExtract } from '../src/domain/governance/evidencePack/verifyExtract.js';

/**
 * Checks an evidence pack offline: the manifest lists every file with its SHA-256 (none
 * missing, altered or added), and the trail extract's entries follow each other from their
 * anchor with their hashes intact (redacted entries by their links). Returns the exit code:
 * 0 intact, 1 not, 2 unreadable. `log` receives the report line by line.
 */
export function verifyPack(zip: Uint8Array, log: (line: string) => void): number {
  let files: Map<string, Uint8Array>;
  try {
    files = readZip(zip);
  } catch (e) {
    log(`cannot read the pack: ${(e as Error).message}`);
    return 2;
  }
  const rawManifest = files.get('manifest.json');
  if (!rawManifest) { log('the pack has no manifest.json'); return 2; }
  const manifest = PackManifestSchema.safeParse(JSON.parse(new TextDecoder().decode(rawManifest)));
  if (!manifest.success) { log(`manifest.json is not a pack manifest: ${manifest.error.issues[0]!.path.join('.')}: ${manifest.error.issues[0]!.message}`); return 2; }
  const m = manifest.data;
  log(`evidence pack ${m.period}, made ${m.generatedAt}${m.redacted ? ', redacted' : ''}: ${m.files.length} files`);
  const problems = checkManifest(m, files);
  for (const p of problems) log(`  ${p.file}: ${p.problem}`);
  if (problems.length === 0) log('manifest: every file present and matching its SHA-256, none added');
  const rawExtract = files.get('trail-extract.json');
  if (!rawExtract) { log('the pack has no trail-extract.json'); return 1; }
  const extract = TrailExtractSchema.safeParse(JSON.parse(new TextDecoder().decode(rawExtract)));
  if (!extract.success) { log(`trail-extract.json is not a trail extract: ${extract.error.issues[0]!.path.join('.')}: ${extract.error.issues[0]!.message}`); return 1; }
  const v = verifyExtract(extract.data.anchor, extract.data.entries);
  log(`trail extract: ${v.entries} entries from #${extract.data.anchor.seq + 1} (${v.hashed} by hash, ${v.linkOnly} redacted, by link)`);
  for (const p of v.problems) log(`  #${p.seq} ${p.problem}: ${p.detail}`);
  if (v.ok) log('trail extract: every entry follows the one before it');
  return problems.length === 0 && v.ok ? 0 : 1;
}
