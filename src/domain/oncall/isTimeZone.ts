/**
 * Whether the runtime knows `name` as an IANA time zone. Pure: it only asks the bundled time
 * zone database, and Intl throws a RangeError for names it does not know.
 *
 * @example
 * isTimeZone('America/New_York') // => true
 * isTimeZone('Mars/Olympus_Mons') // => false
 */
export function isTimeZone(name: string): boolean {
  // Intl also accepts offsets like "+05:00"; a rotation needs a real zone with DST rules.
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
