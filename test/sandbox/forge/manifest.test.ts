import { readFileSync } from 'node:fs';
import { parseManifest, splitHandler } from '../../../sandbox/forge/manifest.js';
import { fixtureManifestPath } from './helpers.js';

describe('parseManifest', () => {
  const manifest = parseManifest(readFileSync(fixtureManifestPath, 'utf8'));

  it('takes the app id from the app ARI', () => {
    expect(manifest.appId).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('maps function keys to handlers and keeps timeoutSeconds', () => {
    expect(manifest.functions.get('modernConsumer')).toEqual({ key: 'modernConsumer', handler: 'index.modernConsumer', timeoutSeconds: 120 });
  });

  it('finds UI modules with their resolver function', () => {
    expect(manifest.uiModules.get('fixture-panel')).toEqual({ type: 'jira:issuePanel', key: 'fixture-panel', resolverFunction: 'resolver' });
  });

  it('reads both consumer styles, triggers and entities', () => {
    expect(manifest.consumers.map((c) => [c.queue, c.function ?? c.resolver?.method])).toEqual([
      ['work', 'process'],
      ['modern', 'modernConsumer'],
    ]);
    expect(manifest.scheduledTriggers).toEqual([{ key: 'fixture-sweep', function: 'sweep', interval: 'fiveMinute' }]);
    expect(manifest.entities.map((e) => e.name)).toEqual(['incident']);
  });
});

describe('splitHandler', () => {
  it.each([
    ['index.resolver', 'index', 'resolver'],
    ['entry/consumers/timer.fire', 'entry/consumers/timer', 'fire'],
  ])('splits %s', (handler, module, exportName) => {
    expect(splitHandler(handler)).toEqual({ module, exportName });
  });

  it('refuses a handler without an export name', () => {
    expect(() => splitHandler('index')).toThrow("must look like '<module>.<export>'");
  });
});
