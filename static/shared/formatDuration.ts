/**
 * A compact, always-positive duration for countdowns: "1d 3h", "2h 05m", "4m 07s", "12s".
 * Seconds are shown only under an hour, where they still matter to a responder.
 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`;
  return `${seconds}s`;
}

/** "in 4m 07s" before the instant, "4m 07s ago" / "overdue by" after it. */
export function describeUntil(targetMs: number, nowMs: number, pastWord: 'ago' | 'overdue' = 'overdue'): string {
  const delta = targetMs - nowMs;
  if (delta >= 0) return `in ${formatDuration(delta)}`;
  return pastWord === 'ago' ? `${formatDuration(delta)} ago` : `overdue by ${formatDuration(delta)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
