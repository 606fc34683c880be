import { resolveTeam } from '../../../src/domain/coordination/resolveTeam.js';
import { decide } from '../../../src/domain/escalation/decide.js';
import { aConfig, aPolicy, anIncident, aState, at, slaAt } from '../../support/builders.js';
import { aTeam, appSchedule } from '../../support/coordinationBuilders.js';

const schedules = new Map([[appSchedule.id, appSchedule]]);

describe('team target resolution at decision time', () => {
  test.each<[string, Parameters<typeof aTeam>[1], boolean, string[], RegExp]>([
    ['the on-call of the team\'s schedule', {}, false, ['app-art'], /user app-art is on call in Payments app on-call \(layer "Primary", shift 27/],
    ['the on-call and the liaison when the level asks', {}, true, ['app-art', 'app-ana'], /the level asks for the liaison/],
    ['the liaison when the team has no schedule', { scheduleId: null }, false, ['app-ana'], /no on-call schedule.*nobody on call, so the liaison/],
    ['the liaison when the schedule is gone', { scheduleId: 'deleted' }, false, ['app-ana'], /schedule "deleted" does not exist/],
  ])('pages %s', (_name, overrides, withLiaison, who, why) => {
    const r = resolveTeam(aTeam('application', overrides), schedules, at(5), withLiaison);
    expect(r.accountIds).toEqual(who);
    expect(r.notes.join('; ')).toMatch(why);
  });

  it('a policy level naming a team pages the resolved people and the trace says who and why', () => {
    const base = aPolicy();
    const policy = aPolicy({ paths: { ...base.paths, technical: { levels: [
      { targets: [{ type: 'team', teamId: 'application', withLiaison: true }], backups: [{ type: 'user', accountId: 'lead-lee' }], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [] },
    ] } } });
    const ctx = { schedules, teams: new Map([['application', aTeam('application')]]) };
    const d = decide(anIncident({ slas: [slaAt(180)] }), aState(), { policy, version: 1 }, at(5), aConfig(), ctx);
    expect(d.intents.filter((i) => i.kind === 'page')).toEqual([expect.objectContaining({ targets: [{ type: 'user', accountId: 'app-art' }, { type: 'user', accountId: 'app-ana' }] })]);
    expect(d.steps[1]!.detail).toContain('team Payments application: user app-art is on call');
  });
});
