import { token } from '@atlaskit/tokens';
import type { SchedulePreview } from '../../../src/contracts/oncall.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { subtle } from '../../shared/styles.js';
import { dayTicks, timelineRows } from './timelineGeometry.js';
import { usePeople } from '../../shared/people/peopleNames.js';

// Bold accent backgrounds each have a matching "inverse" text colour in both themes.
const personColours = [
  'color.background.accent.blue.bolder', 'color.background.accent.green.bolder', 'color.background.accent.purple.bolder',
  'color.background.accent.teal.bolder', 'color.background.accent.magenta.bolder', 'color.background.accent.orange.bolder',
  'color.background.accent.lime.bolder', 'color.background.accent.gray.bolder',
] as const;

const NAME_WIDTH = 160;
const when = (iso: string, timeZone: string) =>
  new Date(iso).toLocaleString('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * Who is on call over the preview's 14 days: one row per person, their shifts as bars on a
 * shared day axis, times with nobody on call in a danger-coloured row. Each bar names its
 * person and times for screen readers and as a tooltip.
 */
export function OnCallTimeline({ preview, timeZone }: { preview: SchedulePreview; timeZone: string }) {
  const rows = timelineRows(preview);
  const people = usePeople(rows.flatMap((r) => (r.accountId ? [r.accountId] : [])));
  const ticks = dayTicks(preview.from, preview.until, timeZone);
  if (rows.length === 0) return <EmptyState testId="timeline-empty">Nobody is scheduled in the next two weeks.</EmptyState>;
  const grid = (left: number) => ({
    position: 'absolute' as const, left: `${left}%`, top: 0, bottom: 0, borderLeft: `1px solid ${token('color.border')}`,
  });
  return (
    <figure style={{ margin: 0 }} data-testid="oncall-timeline">
      <figcaption style={{ fontWeight: 600, marginBottom: token('space.100') }}>
        On call, {when(preview.from, timeZone)} to {when(preview.until, timeZone)} ({timeZone})
      </figcaption>
      <div style={{ display: 'flex', marginLeft: NAME_WIDTH, position: 'relative', height: 20 }} aria-hidden>
        {ticks.map((t) => (
          <span key={t.at} style={{ position: 'absolute', left: `${t.left}%`, ...subtle, font: token('font.body.small'), whiteSpace: 'nowrap', paddingLeft: 2 }}>
            {t.label}
          </span>
        ))}
      </div>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {rows.map((r, i) => {
          const person = r.accountId ? people(r.accountId) : undefined;
          const name = r.accountId === null ? 'Nobody on call' : person && person !== 'unknown' ? person.displayName : person === 'unknown' ? `unknown account (${r.accountId})` : '…';
          const background = r.accountId === null ? token('color.background.danger.bold') : token(personColours[i % personColours.length]!);
          return (
            <li key={r.accountId ?? ''} style={{ display: 'flex', alignItems: 'center', height: 28 }} data-testid="timeline-row" data-account-id={r.accountId ?? ''}>
              <span style={{ width: NAME_WIDTH, flex: 'none', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap',
                color: r.accountId === null ? token('color.text.danger') : token('color.text') }} title={name}>{name}</span>
              <div style={{ position: 'relative', flex: 1, height: '100%', background: token('color.background.neutral.subtle') }}>
                {ticks.map((t) => <span key={t.at} style={grid(t.left)} aria-hidden />)}
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={`Shifts of ${name}`}>
                  {r.bars.map((b) => {
                    const text = `${name}: ${when(b.start, timeZone)} to ${when(b.end, timeZone)}`;
                    return (
                      <li key={b.start} title={text} data-testid="timeline-bar" data-account-id={r.accountId ?? ''}
                        style={{ position: 'absolute', left: `${b.left}%`, width: `max(${b.width}%, 2px)`, top: 4, bottom: 4,
                          background, borderRadius: token('radius.small'), boxShadow: `inset -1px 0 0 ${token('elevation.surface')}` }}>
                        <span style={visuallyHidden}>{text}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

const visuallyHidden = {
  position: 'absolute' as const, width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' as const,
};
