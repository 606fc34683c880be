import type { ReviewTimelineView } from '../../../src/contracts/reviewView.js';
import { formatDuration } from '../../shared/formatDuration.js';
import { cell, subtle, table } from '../../shared/styles.js';

const dur = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));
const time = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The escalation's stages with how long each lasted, and the headline times. */
export function ReviewTimeline({ timeline }: { timeline: ReviewTimelineView }) {
  return (
    <section aria-labelledby="review-timeline-heading">
      <h4 id="review-timeline-heading" style={{ margin: 0 }}>Timeline</h4>
      <p style={subtle} data-testid="review-headline">
        Time to acknowledge {dur(timeline.timeToAckMs)} · time to resolve {dur(timeline.timeToResolveMs)} · engaged {dur(timeline.engagedMs)}
      </p>
      <table style={table} data-testid="review-stages">
        <thead><tr><th style={cell}>Stage</th><th style={cell}>From</th><th style={cell}>Duration</th></tr></thead>
        <tbody>
          {timeline.stages.map((s) => (
            <tr key={`${s.from}:${s.label}`} data-testid="review-stage">
              <td style={cell}>{s.label}</td><td style={cell}>{time(s.from)}</td><td style={cell} data-testid="review-stage-duration">{dur(s.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Every recorded event ({timeline.entries.length})</summary>
        <ol data-testid="review-entries">
          {timeline.entries.map((e, i) => <li key={i}>{time(e.at)}: {e.detail}{e.actorName ? ` (${e.actorName})` : ''}</li>)}
        </ol>
      </details>
    </section>
  );
}
