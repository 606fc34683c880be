import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import ModalDialog, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { pathNames, type PathName } from '../../src/contracts/common.js';
import { EscalateRequestSchema, type Envelope, type IncidentView } from '../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../shared/api.js';
import { ErrorState } from '../shared/ErrorState.js';
import { Field } from '../shared/Field.js';
import { FieldErrorsContext } from '../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../shared/fieldPath.js';
import { stack } from '../shared/styles.js';

/** Choose path and level (levels counted from the policy) and say why; focus starts on the path. */
export function EscalateDialog({ open, view, applyAction, onClose, onDone }: {
  open: boolean;
  view: IncidentView;
  applyAction: (action: Promise<Envelope<IncidentView>>) => Promise<Envelope<IncidentView>>;
  onClose: () => void;
  onDone: () => void;
}) {
  const levelsPerPath = view.policy?.levelsPerPath;
  const [path, setPath] = useState<PathName>(view.state.path ?? 'technical');
  const [level, setLevel] = useState(1);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const pathRef = useRef<HTMLSelectElement>(null);
  const levelCount = levelsPerPath?.[path] ?? 0;

  useEffect(() => {
    if (!open) return;
    const startPath = view.state.path ?? 'technical';
    setPath(startPath);
    // Offer the level above the current one, since escalating usually means going up.
    const max = levelsPerPath?.[startPath] ?? 1;
    setLevel(Math.min((view.state.level ?? 0) + 1, Math.max(max, 1)));
    setReason('');
    setErrors(new Map());
    setFailure(null);
  }, [open, view.state.path, view.state.level, levelsPerPath]);

  async function submit() {
    const request = { issueKey: view.issueKey, path, level, reason };
    const parsed = EscalateRequestSchema.safeParse(request);
    if (!parsed.success) {
      setErrors(indexFieldErrors(parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))));
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await applyAction(invokeResolver('escalate', parsed.data));
    setBusy(false);
    if (result.ok) return onDone();
    setErrors(indexFieldErrors(result.error.fields));
    setFailure(result.error);
  }

  return (
    <ModalTransition>
      {open && (
        <ModalDialog onClose={onClose} autoFocus={pathRef} testId="escalate-dialog" width="medium">
          <form noValidate onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); void submit(); }}>
            <ModalHeader><ModalTitle>Escalate {view.issueKey}</ModalTitle></ModalHeader>
            <ModalBody>
              <FieldErrorsContext.Provider value={errors}>
                <div style={stack}>
                  {failure && <ErrorState error={failure} />}
                  {!levelsPerPath && <p>No policy applies, so there are no levels to choose from.</p>}
                  <Field path="path" label="Path">
                    {(control) => (
                      <select {...control} ref={pathRef} data-testid="escalate-path" value={path}
                        onChange={(e) => { const p = e.target.value as PathName; setPath(p); setLevel(1); }}>
                        {pathNames.map((p) => <option key={p} value={p}>{p} ({levelsPerPath?.[p] ?? 0} levels)</option>)}
                      </select>
                    )}
                  </Field>
                  <Field path="level" label="Level">
                    {(control) => (
                      <select {...control} data-testid="escalate-level" value={level} disabled={levelCount === 0}
                        onChange={(e) => setLevel(Number(e.target.value))}>
                        {Array.from({ length: levelCount }, (_, i) => i + 1).map((l) => <option key={l} value={l}>Level {l}</option>)}
                      </select>
                    )}
                  </Field>
                  <Field path="reason" label="Reason (required)">
                    {(control) => (
                      <textarea {...control} data-testid="escalate-reason" rows={3} required value={reason}
                        onChange={(e) => setReason(e.target.value)} />
                    )}
                  </Field>
                </div>
              </FieldErrorsContext.Provider>
            </ModalBody>
            <ModalFooter>
              <Button appearance="subtle" onClick={onClose}>Cancel</Button>
              <Button appearance="primary" type="submit" isLoading={busy} isDisabled={levelCount === 0} testId="escalate-confirm">
                Escalate
              </Button>
            </ModalFooter>
          </form>
        </ModalDialog>
      )}
    </ModalTransition>
  );
}
