/**
 * RFC 4180 CSV: every field quoted when it holds a comma, quote or line break; quotes doubled.
 * A leading =, +, - or @ is prefixed with an apostrophe so a spreadsheet never runs it as a formula.
 *
 * @example toCsv(['a', 'b'], [['1', 'x,y']]) // 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const cell = (v: string | number | null): string => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@]/.test(s) && typeof v === 'string') s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
