/** "a, b, c" → ["a","b","c"]; blanks dropped. */
export function parseList(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}
