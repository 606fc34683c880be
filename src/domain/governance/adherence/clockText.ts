/** "09:41 UTC" for an instant, as auditors read deviations. */
export function clockText(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

export function minutesText(ms: number): string {
  const m = Math.round(ms / 60_000);
  return `${m} minute${m === 1 ? '' : 's'}`;
}
