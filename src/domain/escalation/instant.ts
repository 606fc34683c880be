/**
 * Instants as the engine stores them: ISO-8601 UTC with milliseconds, e.g.
 * 2026-11-27T09:00:00.000Z. The engine formats and re-reads a handful per decision, and the
 * generic Date routines (with their allocations) were its largest cost, so the exact format it
 * writes is handled arithmetically here; anything else falls back to Date.
 */
const DAY = 86_400_000;
const dayPrefixes = new Map<number, string>();

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** `YYYY-MM-DDT` of a day number, remembered: a decision's instants share a few days. */
function dayPrefix(days: number): string {
  let p = dayPrefixes.get(days);
  if (p === undefined) {
    if (dayPrefixes.size > 4096) dayPrefixes.clear();
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    p = `${year}-${two(month)}-${two(day)}T`;
    dayPrefixes.set(days, p);
  }
  return p;
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** Formats epoch ms exactly as Date#toISOString does (years 1970–9999). */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0 || ms >= 253_402_300_800_000) return new Date(ms).toISOString();
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const mi = Math.floor(rest / 60_000);
  rest -= mi * 60_000;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${dayPrefix(days)}${two(h)}:${two(mi)}:${two(sec)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

/** Reads an instant; the engine's own format without Date, anything else through Date.parse. */
export function parseInstant(s: string): number {
  // Digits are read by char code: a regex match allocated an array and seven strings per call.
  if (s.length !== 24 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58
    || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46 || s.charCodeAt(23) !== 90) return Date.parse(s);
  const y = num(s, 0, 4);
  const mo = num(s, 5, 2);
  const d = num(s, 8, 2);
  const h = num(s, 11, 2);
  const mi = num(s, 14, 2);
  const sec = num(s, 17, 2);
  const milli = num(s, 20, 3);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || milli < 0) return Date.parse(s);
  return daysFromCivil(y, mo, d) * DAY + h * 3_600_000 + mi * 60_000 + sec * 1000 + milli;
}

/** The decimal number in s[from, from+len), or -1 if any character is not a digit. */
function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
