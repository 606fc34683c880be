/** Client-side routing for the shell's few pages; the server serves the same document for each. */
export type Page = (main: HTMLElement, navigate: (path: string) => void, params: Record<string, string>) => Promise<void> | void;

export interface RouteDef {
  pattern: RegExp;
  page: Page;
  names?: string[];
}

export function matchRoute(routes: readonly RouteDef[], path: string): { page: Page; params: Record<string, string> } | undefined {
  for (const r of routes) {
    const m = r.pattern.exec(path);
    if (m) return { page: r.page, params: Object.fromEntries((r.names ?? []).map((n, i) => [n, m[i + 1] ?? ''])) };
  }
  return undefined;
}

/** Makes `data-nav` links route inside the shell instead of reloading the page. */
export function interceptLinks(root: HTMLElement, navigate: (path: string) => void): void {
  root.addEventListener('click', (e) => {
    const a = (e.target as HTMLElement).closest('a[data-nav]');
    const mouse = e as MouseEvent;
    if (!a || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey) return;
    e.preventDefault();
    navigate(a.getAttribute('href') ?? '/');
  });
}
