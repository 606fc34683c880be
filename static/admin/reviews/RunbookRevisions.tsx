import { useState } from 'react';
import Button from '@atlaskit/button/new';
import type { RecordRunbookRevisionRequest, RunbookRevisionView } from '../../../src/contracts/recurrence.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { PersonName } from '../../shared/people/PersonName.js';
import Lozenge from '@atlaskit/lozenge';
import { cell, subtle, table } from '../../shared/styles.js';

const day = (iso: string) => iso.slice(0, 10);
const name = (r: RunbookRevisionView) => `${r.service}${r.path ? ` · ${r.path}${r.level ? ` L${r.level}` : ''}` : ''}`;

/** Every runbook with its revision due date; recording a revision asks what changed. */
export function RunbookRevisions({ runbooks, busy, onRevised }: {
  runbooks: RunbookRevisionView[];
  busy: boolean;
  onRevised: (req: RecordRunbookRevisionRequest) => void;
}) {
  const [revising, setRevising] = useState<RunbookRevisionView | null>(null);
  if (runbooks.length === 0) return <EmptyState testId="runbooks-empty">No runbooks yet: add them on the Drills page.</EmptyState>;
  return (
    <>
      <table style={table} data-testid="runbook-revisions">
        <thead><tr>{['Runbook', 'Owner', 'Last revised', 'Revision due', ''].map((h) => <th key={h} style={cell}>{h}</th>)}</tr></thead>
        <tbody>
          {runbooks.map((r) => (
            <tr key={name(r)} data-testid="runbook-revision" data-service={r.service} data-overdue={r.overdue}>
              <td style={cell}><a href={r.url} target="_blank" rel="noreferrer">{name(r)}</a></td>
              <td style={cell}><PersonName accountId={r.ownerAccountId} /></td>
              <td style={cell}>{day(r.lastRevisedAt)}</td>
              <td style={cell}>
                {day(r.dueAt)} {r.overdue && <Lozenge appearance="removed">due</Lozenge>}
                <div style={subtle} data-testid="runbook-due-reason">{r.reason}</div>
              </td>
              <td style={cell}><Button appearance="subtle" isDisabled={busy} onClick={() => setRevising(r)} testId="runbook-record-revision">Record revision…</Button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReasonDialog open={revising !== null} title={`What changed in the ${revising ? name(revising) : ''} runbook?`} confirmLabel="Record revision" busy={busy}
        testId="runbook-revision-dialog" onClose={() => setRevising(null)}
        onConfirm={(note) => { if (revising) onRevised({ service: revising.service, path: revising.path as RecordRunbookRevisionRequest['path'], level: revising.level, note, answers: [] }); setRevising(null); }} />
    </>
  );
}
