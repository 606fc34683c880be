export interface Window {
  start: string;
  end: string;
}

/** "09:00-12:30, 13:30-17:00" ↔ windows. Unparseable parts are kept as typed so the validator can name them. */
export function parseWindows(text: string): Window[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [start = '', end = ''] = part.split('-').map((s) => s.trim());
      return { start, end };
    });
}

export function formatWindows(windows: readonly Window[] | undefined): string {
  return (windows ?? []).map((w) => `${w.start}-${w.end}`).join(', ');
}
