import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import { label as labelStyle, input, subtle } from '../../shared/styles.js';
import { searchSettings, settingsGroups, type SettingsPageId } from './settingsPages.js';

const linkStyle = (current: boolean) => ({
  display: 'block', width: '100%', textAlign: 'left' as const, background: current ? token('color.background.selected') : 'none',
  border: 'none', borderRadius: 3, cursor: 'pointer', font: token('font.body'), padding: `${token('space.050')} ${token('space.100')}`,
  color: current ? token('color.text.selected') : token('color.text'),
});

/**
 * The settings app's navigation: pages grouped by capability, and a search over page names and
 * the settings each page holds ("slack", "backups", "yaml"), so nobody has to know which tab a
 * setting lives on.
 */
export function SettingsNav({ current, onOpen }: { current: SettingsPageId; onOpen: (id: SettingsPageId) => void }) {
  const [query, setQuery] = useState('');
  const found = searchSettings(query);
  const open = (id: SettingsPageId) => { setQuery(''); onOpen(id); };
  return (
    <nav aria-label="Settings" data-testid="settings-nav" style={{ flex: '0 0 220px', minWidth: 180 }}>
      <label htmlFor="settings-search" style={labelStyle}>Find a setting</label>
      <input id="settings-search" type="search" data-testid="settings-search" value={query} style={{ ...input, width: '100%', boxSizing: 'border-box' }}
        placeholder="e.g. slack, backups, yaml" onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter' && found[0]) open(found[0].id); }} />
      {query.trim() !== '' && (
        <ul aria-label="Matching settings pages" data-testid="settings-search-results" style={{ listStyle: 'none', padding: 0, margin: `${token('space.050')} 0` }}>
          {found.length === 0 && <li style={subtle}>No settings page matches.</li>}
          {found.map((p) => (
            <li key={p.id}><button type="button" style={linkStyle(false)} data-testid={`settings-result-${p.id}`} onClick={() => open(p.id)}>
              {p.label} <span style={subtle}>· {p.group}</span>
            </button></li>
          ))}
        </ul>
      )}
      {settingsGroups.map((g) => (
        <section key={g.label} aria-labelledby={`nav-group-${g.label}`} style={{ marginTop: token('space.150') }}>
          <h2 id={`nav-group-${g.label}`} style={{ ...labelStyle, textTransform: 'uppercase', margin: `0 0 ${token('space.050')}` }}>{g.label}</h2>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {g.pages.map((p) => (
              <li key={p.id}>
                <button type="button" data-testid={`tab-${p.id}`} aria-current={p.id === current ? 'page' : undefined}
                  style={linkStyle(p.id === current)} onClick={() => open(p.id)}>{p.label}</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
