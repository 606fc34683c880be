import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { CoordinationView } from '../../../src/contracts/coordinationView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { input, row, stack } from '../../shared/styles.js';
import type { ApplyCoordination } from './useCoordination.js';

/** The structured handoff request: from which team to which, what is known, tried and needed, and who receives it. */
export function HandoffForm({ view, apply }: { view: CoordinationView; apply: ApplyCoordination }) {
  const active = view.engagements.filter((e) => e.state === 'engaged' || e.state === 'acknowledged');
  const [from, setFrom] = useState(active[0]?.teamId ?? '');
  const [to, setTo] = useState(view.teams.find((t) => t.id !== from)?.id ?? '');
  const [known, setKnown] = useState('');
  const [tried, setTried] = useState('');
  const [needed, setNeeded] = useState('');
  const [receiver, setReceiver] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (!active.length) return null;
  const submit = async () => {
    setBusy(true);
    setError(null);
    const r = await apply(invokeResolver('requestHandoff', { issueKey: view.issueKey, fromTeamId: from, toTeamId: to, known, tried, needed, receiver: receiver.trim() || null }));
    setBusy(false);
    if (r.ok) { notify('Handoff requested'); setKnown(''); setTried(''); setNeeded(''); setReceiver(''); } else setError(r.error);
  };
  const area = (label: string, value: string, set: (v: string) => void, key: string) => (
    <label htmlFor={`${id}-${key}`} style={stack}>{label}
      <textarea id={`${id}-${key}`} style={{ ...input, minHeight: 48 }} value={value} onChange={(e) => set(e.target.value)} data-testid={`handoff-${key}`} />
    </label>
  );
  return (
    <details data-testid="handoff-form">
      <summary>Hand off to another team</summary>
      <div style={stack}>
        <div style={row}>
          <label htmlFor={`${id}-from`} style={stack}>From
            <select id={`${id}-from`} style={input} value={from} onChange={(e) => setFrom(e.target.value)} data-testid="handoff-from">
              {active.map((e) => <option key={e.teamId} value={e.teamId}>{e.teamName}</option>)}
            </select>
          </label>
          <label htmlFor={`${id}-to`} style={stack}>To
            <select id={`${id}-to`} style={input} value={to} onChange={(e) => setTo(e.target.value)} data-testid="handoff-to">
              {view.teams.filter((t) => t.id !== from).map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
            </select>
          </label>
          <label htmlFor={`${id}-receiver`} style={stack}>Receiver (account id, optional)
            <input id={`${id}-receiver`} style={input} value={receiver} onChange={(e) => setReceiver(e.target.value)} data-testid="handoff-receiver" />
          </label>
        </div>
        {area('What is known', known, setKnown, 'known')}
        {area('What was tried', tried, setTried, 'tried')}
        {area('What is needed', needed, setNeeded, 'needed')}
        {error && <ErrorState error={error} title="Handoff not requested" />}
        <Button appearance="primary" isLoading={busy} onClick={() => void submit()} testId="handoff-submit">Request handoff</Button>
      </div>
    </details>
  );
}
