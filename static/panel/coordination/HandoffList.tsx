import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { CoordinationView } from '../../../src/contracts/coordinationView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { input, row, stack, subtle } from '../../shared/styles.js';
import { Countdown } from '../Countdown.js';
import type { ApplyCoordination } from './useCoordination.js';

const APPEARANCE = { requested: 'inprogress', escalated: 'moved', accepted: 'success', declined: 'removed', unaccepted: 'removed' } as const;

/** Handoffs with their acceptance clock; the receiving team's people accept or decline (with a reason). */
export function HandoffList({ view, nowMs, apply }: { view: CoordinationView; nowMs: number; apply: ApplyCoordination }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const name = (id: string) => view.teams.find((t) => t.id === id)?.name ?? id;
  const decide = async (handoffId: string, decision: 'accept' | 'decline') => {
    setError(null);
    const r = await apply(invokeResolver('decideHandoff', { issueKey: view.issueKey, handoffId, decision, reason }));
    if (r.ok) setReason(''); else setError(r.error);
  };
  if (!view.handoffs.length) return null;
  return (
    <div style={stack}>
      <h4 style={{ margin: 0 }}>Handoffs</h4>
      <ul style={{ ...stack, margin: 0 }}>
        {view.handoffs.map((h) => {
          const open = h.state === 'requested' || h.state === 'escalated';
          const mine = open && view.myTeams.includes(h.toTeamId);
          return (
            <li key={h.id} data-testid="handoff" data-handoff={h.id} data-state={h.state}>
              <div style={row}>
                <strong>{h.id}: {name(h.fromTeamId)} → {name(h.toTeamId)}</strong>
                <Lozenge appearance={APPEARANCE[h.state]} testId="handoff-state">{h.state}</Lozenge>
                {open && <span style={subtle}>asked: {h.askedNow.join(', ')} ({h.stage})</span>}
              </div>
              <div style={subtle}>Known: {h.known} · Tried: {h.tried} · Needed: {h.needed}{h.declineReason ? ` · Declined: ${h.declineReason}` : ''}</div>
              {open && <Countdown label="Accept within OLA" at={h.dueAt} nowMs={nowMs} testId="handoff-due" none="no working time left" />}
              {mine && (
                <div style={row}>
                  <Button appearance="primary" onClick={() => void decide(h.id, 'accept')} testId="handoff-accept">Accept</Button>
                  <input aria-label="Reason for declining" placeholder="Reason for declining" style={input} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="handoff-decline-reason" />
                  <Button appearance="subtle" onClick={() => void decide(h.id, 'decline')} testId="handoff-decline">Decline</Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {error && <ErrorState error={error} title="Could not record the decision" />}
    </div>
  );
}
