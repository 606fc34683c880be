/** Human duration for traces: 90 → "1h 30m", 2880 → "2d". */
export function formatMinutes(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? '-' : '';
  let m = Math.round(Math.abs(totalMinutes));
  const d = Math.floor(m / 1440);
  m -= d * 1440;
  const h = Math.floor(m / 60);
  m -= h * 60;
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m || (!d && !h) ? `${m}m` : ''].filter(Boolean);
  return sign + parts.join(' ');
}

export function formatMs(ms: number): string {
  return formatMinutes(ms / 60_000);
}
