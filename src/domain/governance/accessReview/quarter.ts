/**
 * Calendar quarters in UTC, `YYYY-Qn`. Pure: the instant is always passed in.
 *
 * @example quarterRange('2026-Q4') // { from: Date.UTC(2026, 9, 1), to: Date.UTC(2027, 0, 1) }
 */
export function quarterRange(quarter: string): { from: number; to: number } {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return { from: Date.UTC(y, (q - 1) * 3, 1), to: Date.UTC(y, q * 3, 1) };
}

/** The quarter `ms` falls in. */
export function quarterOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The quarter before the one `ms` falls in: what the review opened at a quarter's start covers. */
export function previousQuarter(ms: number): string {
  return quarterOf(quarterRange(quarterOf(ms)).from - 1);
}
