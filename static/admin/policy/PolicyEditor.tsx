import { useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { Policy } from '../../../src/contracts/policy.js';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { setIn } from '../../shared/setIn.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { BasicsEditor } from './BasicsEditor.js';
import { newPolicy } from './newPolicy.js';
import { PathRulesEditor } from './PathRulesEditor.js';
import { PathsEditor } from './PathsEditor.js';
import { ScopeEditor } from './ScopeEditor.js';
import { TriggersEditor } from './TriggersEditor.js';
import type { Edit } from './VariantEditor.js';
import { SimulatorPanel } from '../simulator/SimulatorPanel.js';

/**
 * Creates or edits one policy. Validation runs on the server (the domain's validator names every
 * field it refuses), and its messages appear beside the matching inputs and in a summary.
 */
export function PolicyEditor({ summary, onSaved, onCancel }: {
  summary: PolicySummary | null;
  onSaved: (saved: PolicySummary) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Policy>(() => summary?.policy ?? newPolicy());
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [validMessage, setValidMessage] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [simulating, setSimulating] = useState(false);
  const edit: Edit = (path, value) => { setDraft((d) => setIn(d, path, value)); setValidMessage(false); };

  async function validate() {
    setBusy(true);
    const result = await invokeResolver('validatePolicy', { policy: draft });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    setErrors(indexFieldErrors(result.data.errors));
    setValidMessage(result.data.valid);
  }

  async function save(reason: string) {
    setBusy(true);
    const result = await invokeResolver('savePolicy', { policy: draft, expectedVersion: summary?.version ?? 0, reason });
    setBusy(false);
    setAsking(false);
    if (result.ok) return onSaved(result.data);
    setErrors(indexFieldErrors(result.error.fields));
    setFailure(result.error.code === 'INVALID' && result.error.fields.length > 0 ? null : result.error);
  }

  const section = (title: string, children: ReactNode) => (
    <section style={card} aria-label={title}><h3 style={heading}>{title}</h3>{children}</section>
  );

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="policy-editor" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h2 style={heading}>{summary ? `Edit ${summary.policy.name} (version ${summary.version})` : 'New policy'}</h2>
        {failure && <ErrorState error={failure}
          title={failure.code === 'CONFLICT' ? 'Someone saved this policy after you opened it; reload it and apply your change again' : undefined} />}
        <ErrorSummary errors={errors} />
        {validMessage && <div data-testid="policy-valid"><SectionMessage appearance="success" title="The policy is valid"><p>Nothing to fix.</p></SectionMessage></div>}
        {section('Basics', <BasicsEditor policy={draft} isNew={!summary} edit={edit} />)}
        {section('Scope', <ScopeEditor scope={draft.scope} edit={edit} />)}
        {section('Triggers', <TriggersEditor base={['triggers']} triggers={draft.triggers} edit={edit} />)}
        {section('Escalation paths and levels', <PathsEditor paths={draft.paths} edit={edit} />)}
        {section('Path rules', <PathRulesEditor rules={draft.pathRules} edit={edit} />)}
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="policy-save">Save…</Button>
          <Button onClick={() => void validate()} isDisabled={busy} testId="policy-validate">Validate</Button>
          <Button onClick={() => setSimulating((v) => !v)} isDisabled={busy} testId="policy-simulate">{simulating ? 'Hide simulator' : 'Simulate…'}</Button>
          <Button appearance="subtle" onClick={onCancel} testId="policy-cancel">Cancel</Button>
        </div>
      </form>
      {simulating && <SimulatorPanel policy={{ kind: 'draft', policy: draft }} projectKey={draft.scope.projects[0] ?? 'ITOPS'}
        onPolicyErrors={(fields) => setErrors(indexFieldErrors(fields))} />}
      <ReasonDialog open={asking} title="Why are you changing this policy?" confirmLabel="Save policy" busy={busy}
        testId="policy-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
