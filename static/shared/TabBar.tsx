import { useRef, type KeyboardEvent } from 'react';
import { token } from '@atlaskit/tokens';
import { row } from './styles.js';

/**
 * WAI-ARIA tabs: arrow keys move between tabs and activate them, and only the selected tab is
 * in the tab order. (A small native version instead of @atlaskit/tabs keeps the bundle down.)
 */
export function TabBar<T extends string>({ tabs, selected, onSelect, label }: {
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} style={{ ...row, borderBottom: `2px solid ${token('color.border')}`, marginBottom: token('space.200') }}>
      {tabs.map((t, i) => {
        const active = t.id === selected;
        return (
          <button key={t.id} ref={(el) => { refs.current[i] = el; }} role="tab" type="button" id={`tab-${t.id}`}
            aria-selected={active} aria-controls={`panel-${t.id}`} tabIndex={active ? 0 : -1} data-testid={`tab-${t.id}`}
            onClick={() => onSelect(t.id)} onKeyDown={(e) => onKey(e, i)}
            style={{
              background: 'none', border: 'none', cursor: 'pointer', font: token('font.body'),
              padding: `${token('space.100')} ${token('space.150')}`, marginBottom: -2,
              color: active ? token('color.text.selected') : token('color.text.subtle'),
              borderBottom: `2px solid ${active ? token('color.border.selected') : 'transparent'}`,
            }}>
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
