import type { LevelDuty } from '../../../src/contracts/duties.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, table } from '../../shared/styles.js';

/** Policy levels that page the person, directly or through a schedule they rotate in. */
export function DutyLevels({ duties, caption, empty, testId }: { duties: readonly LevelDuty[]; caption: string; empty: string; testId: string }) {
  if (duties.length === 0) return <EmptyState testId={`${testId}-empty`}>{empty}</EmptyState>;
  return (
    // The section's heading names the table visually; the label says what the rows mean.
    <table style={table} data-testid={testId} aria-label={caption}>
      <thead>
        <tr>{['Policy', 'Path', 'Level', 'How'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {duties.map((d) => (
          <tr key={`${d.policyId}/${d.path}/${d.level}/${d.via.type === 'schedule' ? d.via.scheduleId : 'user'}`} data-testid={`${testId}-row`}>
            <td style={cell}>{d.policyName} <code>{d.policyId}</code></td>
            <td style={cell}>{d.path}</td>
            <td style={cell}>{d.level}{d.levelName ? ` — ${d.levelName}` : ''}</td>
            <td style={cell}>{d.via.type === 'user' ? 'Named in person' : <>On call in <code>{d.via.scheduleId}</code></>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
