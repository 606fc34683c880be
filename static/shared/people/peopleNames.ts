import { useEffect, useState } from 'react';
import type { PersonDto } from '../../../src/contracts/people.js';
import { invokeResolver } from '../api.js';

/**
 * One directory cache per page: every screen asks for the names of the ids it shows, and the
 * ids asked for in the same tick go to the server as one lookupPeople call.
 */
const known = new Map<string, PersonDto | 'unknown'>();
const listeners = new Set<() => void>();
let pending = new Set<string>();
let scheduled = false;

/** Pickers learn people from search results; remembering them saves a lookup when shown. */
export function rememberPeople(people: readonly PersonDto[]): void {
  for (const p of people) known.set(p.accountId, p);
  for (const l of listeners) l();
}

function request(ids: readonly string[]): void {
  for (const id of ids) if (!known.has(id) && id.trim() !== '') pending.add(id);
  if (scheduled || pending.size === 0) return;
  scheduled = true;
  queueMicrotask(() => {
    const batch = [...pending].slice(0, 200);
    pending = new Set([...pending].slice(200));
    scheduled = false;
    void invokeResolver('lookupPeople', { accountIds: batch }).then((r) => {
      if (!r.ok) return;
      for (const id of r.data.unknown) known.set(id, 'unknown');
      rememberPeople(r.data.users);
      if (pending.size > 0) request([]);
    });
  });
}

/** How a stored account id reads on screen: the display name, or a warning for an unknown id. */
export function usePeople(ids: readonly string[]): (id: string) => PersonDto | 'unknown' | undefined {
  const [, tick] = useState(0);
  const key = ids.join('\u0000');
  useEffect(() => {
    const l = () => tick((n) => n + 1);
    listeners.add(l);
    request(ids);
    return () => { listeners.delete(l); };
    // `key` stands for `ids`, which a caller usually rebuilds on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (id) => known.get(id);
}
