import { pageFromPath, searchSettings, settingsPages } from '../../static/admin/nav/settingsPages.js';

// Every page the admin page had as a tab must stay reachable by the navigation and by a word.
const TABLE: Array<[string, string]> = [
  ['drill', 'drills'],
  ['adherence', 'governance'],
  ['liaisons', 'teams'],
  ['quarantine', 'attention'],
  ['rollup', 'effectiveness'],
  ['dial-in', 'incident-comms'],
  ['weights', 'routing'],
  ['slack', 'comms'],
  ['cron', 'heartbeats'],
  ['legal hold', 'retention'],
  ['systemic problem', 'recurrence'],
  ['injects', 'tabletop'],
];

describe('settings pages', () => {
  it('has every page the admin page offers, once', () => {
    const ids = settingsPages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(['access', 'attention', 'audit', 'comms', 'config', 'drills', 'duties', 'effectiveness', 'governance',
      'heartbeats', 'incident-comms', 'integrations', 'policies', 'recurrence', 'retention', 'roles', 'routing', 'schedules', 'simulator', 'tabletop', 'teams', 'transfer']);
  });

  it.each(TABLE)('finds %s on %s', (word, id) => {
    expect(searchSettings(word).map((p) => p.id)).toContain(id);
  });

  it.each([['/governance', 'governance'], ['/teams/', 'teams'], ['/nowhere', 'policies'], ['/', 'policies']])('opens %s as %s', (path, id) => {
    expect(pageFromPath(path)).toBe(id);
  });
});
