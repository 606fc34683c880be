import { h } from './dom.js';

export interface FlagOptions {
  id?: string | number;
  title?: string;
  description?: string;
  type?: 'success' | 'error' | 'info' | 'warning';
  isAutoDismiss?: boolean;
}

const open = new Map<string, HTMLElement>();

/** Jira's flags: small cards bottom-left; success and info ones dismiss themselves. */
export function showFlag(f: FlagOptions): void {
  const id = String(f.id ?? `flag-${Date.now()}`);
  closeFlag(id);
  const type = f.type ?? 'info';
  const card = h('div', { class: `flag flag-${type}`, role: 'status' },
    h('strong', {}, f.title ?? ''),
    f.description ? h('p', {}, f.description) : null,
    h('button', { class: 'flag-close', 'aria-label': 'Dismiss', onclick: () => closeFlag(id) }, '×'));
  document.getElementById('flags')?.append(card);
  open.set(id, card);
  if (f.isAutoDismiss ?? type !== 'error') setTimeout(() => closeFlag(id), 6_000);
}

export function closeFlag(id: string | number): void {
  open.get(String(id))?.remove();
  open.delete(String(id));
}
