/** An instant as the panel shows it: date and time in UTC, to the minute, so everyone on the bridge reads the same time. */
export function hhmm(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
