import { createHash } from 'node:crypto';

export const PACK_FORMAT = 'jsm-escalation-evidence-pack/1';

export interface PackFile {
  name: string;
  bytes: Uint8Array;
}

export interface PackManifest {
  format: typeof PACK_FORMAT;
  period: string;
  generatedAt: string;
  generatedBy: string;
  /** True when personal and payment data was replaced in every file (packs made for auditors). */
  redacted: boolean;
  redactions: Record<string, number>;
  files: Array<{ name: string; bytes: number; sha256: string }>;
  notes: string[];
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The manifest of a pack: every file with its size and SHA-256, so any change to any file shows. */
export function packManifest(files: readonly PackFile[], meta: Omit<PackManifest, 'format' | 'files'>): PackManifest {
  return { format: PACK_FORMAT, ...meta, files: files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: sha256Hex(f.bytes) })) };
}

export interface ManifestProblem {
  file: string;
  problem: 'missing' | 'altered' | 'unlisted';
}

/** Checks a pack's files against its manifest: each listed file present and unchanged, none added. */
export function checkManifest(manifest: Pick<PackManifest, 'files'>, files: ReadonlyMap<string, Uint8Array>): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const f of manifest.files) {
    const got = files.get(f.name);
    if (!got) problems.push({ file: f.name, problem: 'missing' });
    else if (got.length !== f.bytes || sha256Hex(got) !== f.sha256) problems.push({ file: f.name, problem: 'altered' });
  }
  for (const name of files.keys()) if (name !== 'manifest.json' && !manifest.files.some((f) => f.name === name)) problems.push({ file: name, problem: 'unlisted' });
  return problems;
}
