import { describeUntil } from '../shared/formatDuration.js';
import { subtle } from '../shared/styles.js';
import { token } from '@atlaskit/tokens';

/**
 * Time until an instant, on the server's clock (`nowMs`), re-rendered by the caller every second.
 * Not aria-live: a screen reader announcing every second would drown everything else.
 */
export function Countdown({ label, at, nowMs, testId, none = '—' }: {
  label: string;
  at: string | null;
  nowMs: number;
  testId: string;
  none?: string;
}) {
  const target = at ? Date.parse(at) : NaN;
  const overdue = Number.isFinite(target) && target < nowMs;
  return (
    <div>
      <span style={subtle}>{label}: </span>
      <time role="timer" dateTime={at ?? undefined} data-testid={testId} data-overdue={overdue}
        style={overdue ? { color: token('color.text.danger'), fontWeight: 600 } : { fontWeight: 600 }}
        title={at ? new Date(target).toLocaleString() : undefined}>
        {Number.isFinite(target) ? describeUntil(target, nowMs) : none}
      </time>
    </div>
  );
}
