import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { EvidencePackView } from '../../../src/contracts/evidencePack.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';

/**
 * Downloads the month's evidence pack (a ZIP with a manifest of SHA-256 hashes) and shows the
 * ZIP's own hash, which the access log records too, so a copy can be matched to the request.
 */
export function EvidencePackButton({ period }: { period: string }) {
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<EvidencePackView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  async function download() {
    setBusy(true);
    const r = await invokeResolver('buildEvidencePack', { period });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setMade(r.data);
    const bytes = Uint8Array.from(atob(r.data.base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = r.data.fileName;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <>
      <Button onClick={() => void download()} isDisabled={busy || !/^\d{4}-\d{2}$/.test(period)} testId="pack-download">{busy ? 'Packing…' : 'Download evidence pack'}</Button>
      {made && <span data-testid="pack-made">{made.fileName}: {made.manifest.files.length + 1} files, {(made.bytes / 1024).toFixed(0)} KB{made.manifest.redacted ? ', redacted' : ''}, SHA-256 <code>{made.sha256.slice(0, 16)}…</code></span>}
      {error && <ErrorState error={error} />}
    </>
  );
}
