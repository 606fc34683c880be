import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { RotationDuty } from '../../../src/contracts/duties.js';
import type { ShiftHandoff, ShiftHandoffsView } from '../../../src/contracts/shiftHandoff.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { ListInput } from '../../shared/ListInput.js';
import { notify } from '../../shared/notify.js';
import { PersonName } from '../../shared/people/PersonName.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';

function HandoffItem({ h, onAccept }: { h: ShiftHandoff; onAccept?: () => void }) {
  return (
    <li style={stack} data-testid="shift-handoff" data-state={h.state} data-id={h.id}>
      <div style={row}>
        <strong>{h.scheduleName}</strong>
        <span style={subtle}>shift ends {new Date(h.shiftEndsAt).toLocaleString()} · from <PersonName accountId={h.outgoing} /> to <PersonName accountId={h.incoming} /></span>
        <Lozenge appearance={h.state === 'accepted' ? 'success' : 'moved'}>{h.state === 'accepted' ? 'Accepted' : 'Waiting for acceptance'}</Lozenge>
        {h.escalatedAt && h.state !== 'accepted' && (
          <span data-testid="shift-handoff-escalated"><Lozenge appearance="removed">Not accepted in time: escalated</Lozenge> to {h.escalatedTo.map((a, i) => <span key={a}>{i > 0 && ', '}<PersonName accountId={a} /></span>)}</span>
        )}
        {onAccept && h.state === 'requested' && <Button appearance="primary" onClick={onAccept} testId="shift-handoff-accept">Accept handover</Button>}
      </div>
      <div>Incidents: {h.incidents.join(', ')}</div>
      <div data-testid="shift-handoff-note" style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div>
    </li>
  );
}

/**
 * Shift handovers on the caller's own duties: write one to the next on-call for open incidents
 * near the end of a shift, and accept the ones handed to you. The server decides who is on call
 * and when the shift ends, and names each bad field.
 */
export function ShiftHandover({ rotations }: { rotations: readonly RotationDuty[] }) {
  const schedules = [...new Map(rotations.map((r) => [r.scheduleId, r.scheduleName])).entries()].map(([value, label]) => ({ value, label }));
  const [view, setView] = useState<ShiftHandoffsView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Map<string, string[]>>(new Map());
  const [draft, setDraft] = useState<{ scheduleId: string | undefined; incidentKeys: string[]; note: string }>({ scheduleId: schedules[0]?.value, incidentKeys: [], note: '' });
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => invokeResolver('getShiftHandoffs', {}).then((r) => (r.ok ? setView(r.data) : setError(r.error))), []);
  useEffect(() => { void load(); }, [load]);

  async function handOver() {
    setBusy(true);
    const r = await invokeResolver('handOverShift', { scheduleId: draft.scheduleId ?? '', incidentKeys: draft.incidentKeys, note: draft.note });
    setBusy(false);
    if (!r.ok) {
      setFieldErrors(indexFieldErrors(r.error.fields));
      return setError(r.error.fields.length > 0 ? null : r.error);
    }
    setFieldErrors(new Map());
    setError(null);
    notify('Handover sent to the next on-call');
    await load();
  }
  async function accept(id: string) {
    const r = await invokeResolver('acceptShiftHandoff', { id });
    if (!r.ok) return setError(r.error);
    notify('Handover accepted');
    await load();
  }

  return (
    <section style={{ ...card, ...stack }} aria-label="Shift handovers" data-testid="shift-handovers">
      <h3 style={heading}>Shift handovers</h3>
      {error && <ErrorState error={error} title="Shift handovers" />}
      {view && view.toAccept.length > 0 && (
        <>
          <h4 style={{ margin: 0 }}>Handed to you</h4>
          <ul style={{ ...stack, listStyle: 'none', padding: 0, margin: 0 }} data-testid="shift-handoffs-to-accept">
            {view.toAccept.map((h) => <HandoffItem key={h.id} h={h} onAccept={() => void accept(h.id)} />)}
          </ul>
        </>
      )}
      {schedules.length > 0 && (
        <FieldErrorsContext.Provider value={fieldErrors}>
          <form style={stack} data-testid="shift-handover-form" onSubmit={(e) => { e.preventDefault(); void handOver(); }}>
            <p style={subtle}>In the last two hours of your shift, hand your open incidents to whoever is on call next.</p>
            <div style={{ ...row, alignItems: 'flex-start' }}>
              <SelectInput path={['scheduleId']} label="Schedule" value={draft.scheduleId} options={schedules} onChange={(v) => setDraft({ ...draft, scheduleId: v })} />
              <ListInput path={['incidentKeys']} label="Open incidents (issue keys)" value={draft.incidentKeys} placeholder="ITOPS-1, ITOPS-2"
                onChange={(v) => setDraft({ ...draft, incidentKeys: v })} width={260} />
            </div>
            <TextInput path={['note']} label="Handover note: what is known, what was tried, what to watch" value={draft.note} multiline width="100%"
              onChange={(v) => setDraft({ ...draft, note: v ?? '' })} />
            <div><Button appearance="primary" type="submit" isDisabled={busy} testId="shift-handover-submit">Hand over</Button></div>
          </form>
        </FieldErrorsContext.Provider>
      )}
      {view && view.given.length > 0 && (
        <>
          <h4 style={{ margin: 0 }}>Handed over by you</h4>
          <ul style={{ ...stack, listStyle: 'none', padding: 0, margin: 0 }} data-testid="shift-handoffs-given">
            {view.given.map((h) => <HandoffItem key={h.id} h={h} />)}
          </ul>
        </>
      )}
    </section>
  );
}
