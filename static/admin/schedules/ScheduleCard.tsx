import { useMemo } from 'react';
import { PersonName } from '../../shared/people/PersonName.js';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { ScheduleSummary } from '../../../src/contracts/oncall.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { SchedulePreviewPanel } from './SchedulePreviewPanel.js';

/** A saved schedule: what it is, what pages it, and who is on call over the next two weeks. */
export function ScheduleCard({ summary, onEdit, onDelete }: { summary: ScheduleSummary; onEdit: () => void; onDelete: () => void }) {
  const { schedule: s } = summary;
  const request = useMemo(() => ({ id: s.id }), [s.id]);
  return (
    <section style={{ ...card, ...stack }} aria-labelledby={`schedule-${s.id}`} data-testid="schedule-card" data-schedule-id={s.id}>
      <div style={{ ...row, justifyContent: 'space-between' }}>
        <h3 id={`schedule-${s.id}`} style={{ ...heading, margin: 0 }}>{s.name} <code>{s.id}</code></h3>
        <div style={row}>
          <Button spacing="compact" onClick={onEdit} testId={`schedule-edit-${s.id}`}>Edit</Button>
          <Button spacing="compact" appearance="danger" onClick={onDelete} testId={`schedule-delete-${s.id}`}>Delete…</Button>
        </div>
      </div>
      <p style={{ ...subtle, margin: 0 }}>
        {s.layers.length} layer{s.layers.length === 1 ? '' : 's'}, {s.overrides.length} override{s.overrides.length === 1 ? '' : 's'};
        saved by <PersonName accountId={summary.savedBy} /> on {new Date(summary.savedAt).toLocaleString()}.
      </p>
      <p data-testid="schedule-used-by" style={{ margin: 0 }}>
        {summary.usedBy.length === 0
          ? <Lozenge>Not paged by any policy</Lozenge>
          : <>Paged by {summary.usedBy.map((u) => `${u.policyId} ${u.path} level ${u.level}${u.as === 'backup' ? ' (backup)' : ''}`).join(', ')}</>}
      </p>
      <SchedulePreviewPanel request={request} timeZone={s.timeZone} />
    </section>
  );
}
