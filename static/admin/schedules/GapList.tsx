import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { SchedulePreview } from '../../../src/contracts/oncall.js';
import { formatDuration } from '../../shared/formatDuration.js';

/** Times in the next 30 days with nobody on call: a level paging this schedule would page nobody then. */
export function GapList({ gaps, timeZone }: { gaps: SchedulePreview['gaps']; timeZone: string }) {
  const at = (iso: string) => new Date(iso).toLocaleString('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  if (gaps.length === 0) {
    return <p data-testid="gaps-none"><Lozenge appearance="success">No gaps</Lozenge> Someone is on call at every moment of the next 30 days.</p>;
  }
  return (
    <div data-testid="gaps">
      <SectionMessage appearance="warning" title={`${gaps.length} gap${gaps.length === 1 ? '' : 's'} with nobody on call in the next 30 days`}>
        <ul>
          {gaps.map((g) => (
            <li key={g.start} data-testid="gap">
              <Lozenge appearance="removed">Gap</Lozenge> {at(g.start)} to {at(g.end)} ({timeZone}),{' '}
              {formatDuration(Date.parse(g.end) - Date.parse(g.start))}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
