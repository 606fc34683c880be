import { validateConfig } from '../../../src/domain/policies/validateConfig.js';
import { validatePolicy } from '../../../src/domain/policies/validatePolicy.js';
import { aConfig, aPolicyInput } from '../../support/builders.js';

const config = aConfig();
const errorsOf = (input: unknown) => {
  const r = validatePolicy(input, config);
  return r.ok ? [] : r.errors;
};

describe('validatePolicy', () => {
  it('accepts the default policy and fills defaults', () => {
    const r = validatePolicy(aPolicyInput(), config);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.reviewIntervalMonths).toBe(3);
  });

  const base = aPolicyInput();
  const tech = base.paths.technical.levels;
  const withTech = (levels: typeof tech) => ({ ...base, paths: { ...base.paths, technical: { levels } } });

  test.each<[string, unknown, string, RegExp]>([
    ['a negative delay', withTech([tech[0]!, { ...tech[1]!, delayMinutes: -5 }]), 'paths.technical.levels[1].delayMinutes', /between 1 and 9000/],
    ['a zero delay after level 1', withTech([tech[0]!, { ...tech[1]!, delayMinutes: 0 }]), 'paths.technical.levels[1].delayMinutes', /zero or negative delay/],
    ['a zero ack timeout', withTech([{ ...tech[0]!, ackTimeoutMinutes: 0 }]), 'paths.technical.levels[0].ackTimeoutMinutes', /between 1 and 1440/],
    ['an empty level', withTech([tech[0]!, { ...tech[1]!, targets: [], actions: [] }]), 'paths.technical.levels[1].targets', /empty level/],
    ['a repeat beyond 10', withTech([{ ...tech[0]!, repeat: 11 }]), 'paths.technical.levels[0].repeat', /between 0 and 10/],
    ['repeats the next level makes unreachable', withTech([{ ...tech[0]!, repeat: 2, ackTimeoutMinutes: 15 }, { ...tech[1]!, delayMinutes: 20 }]),
      'paths.technical.levels[0].repeat', /unreachable/],
    ['an unknown SLA metric', { ...base, triggers: [{ id: 'x', type: 'slaBreached', metric: 'Time to coffee' }] }, 'triggers[0].metric', /unknown SLA metric "Time to coffee"/],
    ['an unknown calendar', { ...base, triggers: [{ id: 'x', type: 'timeSinceCreated', minutes: 5, calendarId: 'mars' }] }, 'triggers[0].calendarId', /unknown business calendar/],
    ['a zero-minute threshold', { ...base, triggers: [{ id: 'x', type: 'unassignedFor', minutes: 0 }] }, 'triggers[0].minutes', /between 1 minute/],
    ['duplicate trigger ids', { ...base, triggers: [{ id: 'x', type: 'manual' }, { id: 'x', type: 'manual' }] }, 'triggers[1].id', /duplicate/],
    ['no triggers', { ...base, triggers: [] }, 'triggers', /at least one trigger/],
    ['a chosen path with no levels', { ...base, paths: { ...base.paths, executive: { levels: [] } } }, 'paths.executive.levels', /has no levels/],
    ['a rule after a catch-all', { ...base, pathRules: [{ when: {}, path: 'technical' }, { when: { priorities: ['P1'] }, path: 'executive' }] }, 'pathRules[1]', /unreachable/],
    ['a bad trigger type', { ...base, triggers: [{ id: 'x', type: 'whenever' }] }, 'triggers[0].type', /Invalid discriminator/],
    ['a bad project key', { ...base, scope: { projects: ['itops'] } }, 'scope.projects[0]', /project key/],
    ['a missing name', { ...base, name: undefined }, 'name', /Required/],
    ['a target naming a team that does not exist', withTech([{ ...tech[0]!, targets: [{ type: 'team', teamId: 'payments-sre' }] }, tech[1]!]),
      'paths.technical.levels[0].targets[0].teamId', /no team "payments-sre"/],
    ['a backup naming a team that does not exist', withTech([{ ...tech[0]!, backups: [{ type: 'team', teamId: 'payments-sre' }] }, tech[1]!]),
      'paths.technical.levels[0].backups[0].teamId', /no team "payments-sre"/],
  ])('rejects %s, naming the field', (_name, input, field, message) => {
    const errors = errorsOf(input);
    expect(errors).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('accepts a team target (with its liaison) when the team exists', () => {
    const input = withTech([{ ...tech[0]!, targets: [{ type: 'team', teamId: 'payments-sre', withLiaison: true }] }, tech[1]!]);
    const r = validatePolicy(input, config, new Set(['payments-sre']));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});

describe('validateConfig', () => {
  it('accepts the default configuration', () => {
    expect(validateConfig(aConfig()).ok).toBe(true);
  });

  it('names every hole in the matrix', () => {
    const c = aConfig();
    const cells = c.matrix.cells.map((r) => [...r]);
    cells[1]![2] = null;
    const r = validateConfig({ ...c, matrix: { ...c.matrix, cells } });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'matrix.cells[1][2]', message: 'hole: impact "Significant / Large" × urgency "Medium" has no priority' }]);
  });

  it('names a short matrix row', () => {
    const c = aConfig();
    const r = validateConfig({ ...c, matrix: { ...c.matrix, cells: [c.matrix.cells[0]!.slice(0, 3), ...c.matrix.cells.slice(1)] } });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'matrix.cells[0]', message: 'has 3 cells but there are 4 urgencies' });
  });

  it('names a Jira priority mapped twice, whatever its case, and an empty name', () => {
    const c = aConfig({ jiraPriorityMapping: [{ jiraPriority: 'Highest', priority: 'P1' }, { jiraPriority: 'highest', priority: 'P2' }] });
    expect(validateConfig(c).ok ? [] : (validateConfig(c) as { errors: unknown[] }).errors)
      .toEqual([{ field: 'jiraPriorityMapping[1].jiraPriority', message: 'duplicate "highest"' }]);
    const blank = validateConfig({ ...aConfig(), jiraPriorityMapping: [{ jiraPriority: ' ', priority: 'P1' }] });
    expect(blank.ok ? [] : blank.errors).toContainEqual({ field: 'jiraPriorityMapping[0].jiraPriority', message: 'must name a Jira priority' });
  });

  it('fills Jira\'s default priority scheme into a configuration saved before the mapping existed', () => {
    const { jiraPriorityMapping: _unused, ...old } = aConfig();
    const r = validateConfig(old);
    expect(r.ok && r.value.jiraPriorityMapping.map((m) => `${m.jiraPriority}=${m.priority}`))
      .toEqual(['Highest=P1', 'High=P2', 'Medium=P3', 'Low=P4', 'Lowest=P5']);
  });

  it('rejects a time zone that does not exist', () => {
    const c = aConfig();
    const r = validateConfig({ ...c, calendars: [{ ...c.calendars[0]!, timeZone: 'Europe/Atlantis' }] });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'calendars[0].timeZone', message: 'unknown time zone "Europe/Atlantis"' });
  });

  it('requires an exception to say why, for at least 10 characters', () => {
    const c = aConfig();
    const r = validateConfig({ ...c, exceptions: [{ id: 'mf', services: ['Mainframe billing'], triggers: [], reason: 'old', ownerAccountId: 'o', expiresAt: '2027-01-01T00:00:00Z' }] });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'exceptions[0].reason', message: 'must explain why, in at least 10 characters' });
  });
});

describe('validatePolicy: the acknowledgement chain', () => {
  it('refuses a follow-up and backup chain that the next level cuts off', () => {
    const input = aPolicyInput();
    input.paths.technical.levels[0] = { ...input.paths.technical.levels[0]!, repeat: 1, backups: [{ type: 'user', accountId: 'lead-lee' }] };
    input.paths.technical.levels[1] = { ...input.paths.technical.levels[1]!, delayMinutes: 30 };
    const r = validatePolicy(input, aConfig());
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'paths.technical.levels[0].repeat',
      message: '1 follow-up(s) and a backup page every 15m need 30m, but level 2 fires after 30m: the later pages are unreachable' });
  });
});

describe('validateConfig: routing', () => {
  it('accepts weights and skills, and names a person listed twice', () => {
    const c = { ...aConfig(), routing: { weights: { onShift: 3 }, skills: [{ accountId: 'agent-ana', skills: ['payments'] }, { accountId: 'agent-ana', skills: ['email'] }] } };
    const r = validateConfig(c);
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'routing.skills[1]', message: 'duplicate "agent-ana"' }]);
  });

  it('refuses a negative weight, naming it', () => {
    const r = validateConfig({ ...aConfig(), routing: { weights: { workload: -1 }, skills: [] } });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'routing.weights.workload', message: 'must be 0 or more' });
  });
});

describe('validatePolicy: tiers need a named backup', () => {
  const withLevel0 = (extra: object) => {
    const input = aPolicyInput();
    input.paths.technical.levels[0] = { ...input.paths.technical.levels[0]!, ...extra };
    return validatePolicy(input, aConfig());
  };
  it('refuses a level paging a schedule without a backup', () => {
    const r = withLevel0({ targets: [{ type: 'schedule', scheduleId: 'payments' }], backups: [] });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'paths.technical.levels[0].backups', message: expect.stringContaining('needs a named backup') });
  });
  it('refuses a backup who is also the primary', () => {
    const r = withLevel0({ targets: [{ type: 'user', accountId: 'agent-ana' }], backups: [{ type: 'user', accountId: 'agent-ana' }] });
    expect(r.ok ? [] : r.errors).toContainEqual({ field: 'paths.technical.levels[0].backups', message: "the backup must not be one of the level's own targets" });
  });
});
