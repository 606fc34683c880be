import { useEffect, useRef, useState } from 'react';
import { view } from '@forge/bridge';
import { DEFAULT_PAGE, pageFromPath, type SettingsPageId } from './settingsPages.js';

type ForgeHistory = Awaited<ReturnType<typeof view.createHistory>>;

/**
 * The open settings page, kept in the page URL through Forge's `view.createHistory()` (full-page
 * modules get a history whose paths follow the module's URL), so links open the page they name
 * and Back returns to the page before. Where the host has no history the page is kept in state.
 */
export function useSettingsRoute(): [SettingsPageId, (id: SettingsPageId) => void] {
  const [page, setPage] = useState<SettingsPageId>(DEFAULT_PAGE);
  const history = useRef<ForgeHistory | null>(null);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    view.createHistory().then((h) => {
      if (cancelled) return;
      history.current = h;
      setPage(pageFromPath(h.location.pathname));
      stop = h.listen((location) => setPage(pageFromPath(location.pathname)));
    }).catch(() => undefined);
    return () => { cancelled = true; stop?.(); };
  }, []);
  const open = (id: SettingsPageId) => {
    setPage(id);
    history.current?.push(`/${id}`);
  };
  return [page, open];
}
