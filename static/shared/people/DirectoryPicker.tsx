import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { token } from '@atlaskit/tokens';
import type { GroupDto, PersonDto } from '../../../src/contracts/people.js';
import { invokeResolver } from '../api.js';
import { Field } from '../Field.js';
import { toFieldPath, type PathSegment } from '../fieldPath.js';
import { row, subtle } from '../styles.js';
import { Avatar, PersonChip } from './PersonChip.js';
import { rememberPeople, usePeople } from './peopleNames.js';

type Option = { id: string; label: string; person?: PersonDto };

/**
 * Chooses people (account ids) or Jira groups (names) from Jira's own search: what is typed is
 * only a query, so an id Jira does not know cannot be entered. Chosen people show by display
 * name and avatar; an id stored earlier that Jira no longer knows shows as such, to be removed.
 */
export function DirectoryPicker({ path, label, kind, value, onChange, multiple = true, width }: {
  path: readonly PathSegment[];
  label: string;
  kind: 'user' | 'group';
  value: readonly string[];
  onChange: (value: string[]) => void;
  multiple?: boolean;
  width?: number | string;
}) {
  const fieldPath = toFieldPath(path);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[] | null>(null);
  const [active, setActive] = useState(0);
  const [searchError, setSearchError] = useState<string | null>(null);
  const people = usePeople(kind === 'user' ? value : []);
  const seq = useRef(0);
  const listId = `${fieldPath}-options`;

  useEffect(() => {
    const q = query.trim();
    if (q === '') { setOptions(null); return; }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      void invokeResolver('searchPeople', { kind, query: q, maxResults: 10 }).then((r) => {
        if (mine !== seq.current) return;
        if (!r.ok) { setSearchError(r.error.message); setOptions([]); return; }
        setSearchError(null);
        rememberPeople(r.data.users);
        setOptions(kind === 'user'
          ? r.data.users.map((p) => ({ id: p.accountId, label: p.displayName, person: p }))
          : r.data.groups.map((g: GroupDto) => ({ id: g.name, label: g.name })));
        setActive(0);
      });
    }, 200);
    return () => clearTimeout(timer);
  }, [query, kind]);

  const choose = (o: Option) => {
    onChange(multiple ? [...value.filter((v) => v !== o.id), o.id] : [o.id]);
    setQuery('');
    setOptions(null);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!options || options.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const o = options[active];
      if (o) choose(o);
    } else if (e.key === 'Escape') setOptions(null);
  };

  return (
    <Field path={fieldPath} label={label} nested width={width}>
      {(c) => (
        <div style={{ position: 'relative', display: 'flex', flexDirection: 'column', gap: 4 }} data-testid={`picker-${fieldPath}`}>
          {value.length > 0 && (
            <div style={row} data-testid={`chosen-${fieldPath}`}>
              {value.map((id, i) => {
                const p = kind === 'user' ? people(id) : undefined;
                const unknown = p === 'unknown';
                const shown = p && p !== 'unknown' ? p : undefined;
                const text = kind === 'group' ? id : shown ? shown.displayName : unknown ? `Unknown account ${id}` : '…';
                return <PersonChip key={id} label={text} person={kind === 'user' ? (shown ?? { displayName: text, avatarUrl: null }) : undefined}
                  unknown={unknown} testId={`chosen-${fieldPath}-${i}`} onRemove={() => onChange(value.filter((v) => v !== id))} />;
              })}
            </div>
          )}
          {(multiple || value.length === 0) && (
            <input {...c} type="text" role="combobox" aria-expanded={options !== null} aria-controls={listId} aria-autocomplete="list"
              aria-activedescendant={options?.[active] ? `${listId}-${active}` : undefined} autoComplete="off"
              placeholder={kind === 'user' ? 'Search people by name or email' : 'Search Jira groups'}
              value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey} />
          )}
          {!multiple && value.length > 0 && (
            <button type="button" onClick={() => onChange([])} style={{ ...subtle, alignSelf: 'flex-start', background: 'none', border: 'none', cursor: 'pointer', padding: 0 }}
              data-testid={`change-${fieldPath}`}>Change…</button>
          )}
          {options !== null && (
            <ul id={listId} role="listbox" aria-label={`${label}: matches`} data-testid={`options-${fieldPath}`}
              style={{ listStyle: 'none', margin: 0, padding: 4, border: `1px solid ${token('color.border')}`, borderRadius: 4,
                background: token('elevation.surface.overlay'), boxShadow: token('elevation.shadow.overlay'), maxHeight: 240, overflowY: 'auto' }}>
              {options.length === 0 && <li style={subtle}>{searchError ?? (kind === 'user' ? 'Nobody matches' : 'No group matches')}</li>}
              {options.map((o, i) => (
                <li key={o.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} data-testid={`option-${fieldPath}`}
                  onMouseDown={(e) => { e.preventDefault(); choose(o); }}
                  style={{ ...row, padding: 4, cursor: 'pointer', background: i === active ? token('color.background.selected') : undefined }}>
                  {o.person && <Avatar person={o.person} />}<span>{o.label}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
