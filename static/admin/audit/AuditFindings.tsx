import Lozenge from '@atlaskit/lozenge';
import type { RoleAuditFinding } from '../../../src/contracts/duties.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, table } from '../../shared/styles.js';

const kindWords: Record<RoleAuditFinding['kind'], string> = {
  inactiveUser: 'Inactive user',
  unknownUser: 'Unknown user',
  missingRole: 'Lost role',
  levelResolvesToNobody: 'Level pages nobody',
  scheduleGap: 'Schedule gap',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What the role audit found, one row per finding, in the back end's words. */
export function AuditFindings({ findings }: { findings: readonly RoleAuditFinding[] }) {
  if (findings.length === 0) return <EmptyState testId="audit-findings-empty">No findings: every level reaches an active person who holds the role.</EmptyState>;
  return (
    <table style={table} data-testid="audit-findings">
      <thead>
        <tr>{['Kind', 'Finding', 'Where'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {findings.map((f, i) => (
          <tr key={i} data-testid="audit-finding" data-kind={f.kind}>
            <td style={cell}><Lozenge appearance={f.kind === 'scheduleGap' ? 'moved' : 'removed'}>{kindWords[f.kind]}</Lozenge></td>
            <td style={cell}>{f.message}</td>
            <td style={cell}>
              {[f.policyId && `${f.policyId}${f.path ? ` ${f.path}` : ''}${f.level ? ` level ${f.level}` : ''}`, f.scheduleId && `schedule ${f.scheduleId}`,
                f.accountId, f.start && f.end && `${when(f.start)} to ${when(f.end)}`].filter(Boolean).join('; ') || '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
