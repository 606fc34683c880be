import { useCallback, useEffect, useState } from 'react';
import type { Envelope } from '../../src/contracts/resolvers.js';
import type { ResolverError } from './api.js';
import { indexFieldErrors } from './fieldPath.js';
import { notify } from './notify.js';
import type { PathSegment } from './fieldPath.js';
import { setIn } from './setIn.js';

export interface ReasonedDraftOptions<V, D> {
  load: () => Promise<Envelope<V>>;
  save: (draft: D, reason: string) => Promise<Envelope<V>>;
  /** The editable part of what the server returned. */
  draftOf: (view: V) => D;
  /** The flag shown once a save succeeds. */
  savedMessage: string;
}

/**
 * The load → edit → save-with-a-reason cycle every audited settings page shares: the server's
 * answer replaces the draft after a save, and field errors are indexed for the inputs.
 */
export function useReasonedDraft<V, D>(o: ReasonedDraftOptions<V, D>) {
  const [view, setView] = useState<V | null>(null);
  const [draft, setDraft] = useState<D | null>(null);
  const [loadError, setLoadError] = useState<ResolverError | null>(null);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const { load: loadView, save: saveDraft, draftOf, savedMessage } = o;

  const accept = useCallback((v: V) => {
    setView(v);
    setDraft(draftOf(v));
    setErrors(new Map());
    setSaveError(null);
    setDirty(false);
  }, [draftOf]);

  const load = useCallback(async () => {
    setLoadError(null);
    const r = await loadView();
    if (!r.ok) return setLoadError(r.error);
    accept(r.data);
  }, [loadView, accept]);
  useEffect(() => { void load(); }, [load]);

  const edit = (path: readonly PathSegment[], value: unknown) => {
    setDraft((d) => (d ? setIn(d, path, value) : d));
    setDirty(true);
  };

  async function save(reason: string) {
    if (!draft) return;
    setBusy(true);
    const r = await saveDraft(draft, reason);
    setBusy(false);
    setAsking(false);
    if (r.ok) {
      accept(r.data);
      return notify(savedMessage);
    }
    setErrors(indexFieldErrors(r.error.fields));
    // Field errors are shown beside their inputs; a banner is only for errors without fields.
    setSaveError(r.error.code === 'INVALID' && r.error.fields.length > 0 ? null : r.error);
  }

  return { view, draft, loadError, saveError, errors, dirty, asking, setAsking, busy, load, edit, save };
}
