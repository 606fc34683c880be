/** A tiny element builder: the shell is a few pages, not worth a framework. */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false).map((c) => (typeof c === 'number' ? String(c) : c)));
}

/** A coloured status pill, in the spirit of Atlaskit's Lozenge. */
export function lozenge(text: string, tone: 'default' | 'success' | 'removed' | 'inprogress' | 'moved' | 'new' = 'default'): HTMLElement {
  return h('span', { class: `lozenge lozenge-${tone}` }, text);
}

/** "2h 5m", "-15m" (overdue), from milliseconds. */
export function duration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const m = total % 60;
  return sign + (d ? `${d}d ${hours}h` : hours ? `${hours}h ${m}m` : `${m}m`);
}
