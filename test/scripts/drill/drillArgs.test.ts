import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDrillArgs } from '../../../scripts/drill/drillArgs.js';

const dir = mkdtempSync(join(tmpdir(), 'drill-args-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const goodScenario = file('good.yaml', 'priority: P1\npath: technical\nmustNotAckLevels: [1]\ntimeLimitMinutes: 45\n');
const badScenario = file('bad.json', '{"priority":"P9","timeLimitMinutes":2}');

describe('npm run drill: options', () => {
  it.each([
    { argv: [], site: null, email: 'adam.admin@example.test', respond: [] },
    { argv: ['--respond', '2:4', '--respond', '1:20'], site: null, email: 'adam.admin@example.test', respond: [[2, 4], [1, 20]] },
    { argv: ['--site', 'http://127.0.0.1:8080', '--email', 'e@x.test', '--token', 't'], site: 'http://127.0.0.1:8080', email: 'e@x.test', respond: [] },
  ])('accepts $argv', ({ argv, site, email, respond }) => {
    const r = parseDrillArgs(argv);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.args).toMatchObject({ site, email, stepMinutes: 1 });
    expect([...r.args.respond]).toEqual(respond);
  });

  it('reads a YAML scenario for a policy, with the schema defaults filled in', () => {
    const r = parseDrillArgs(['--policy', 'default', '--scenario', goodScenario]);
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.args.scenario).toEqual({ priority: 'P1', service: null, path: 'technical', includePaths: ['technical'], mustNotAckLevels: [1], timeLimitMinutes: 45 });
  });

  it.each([
    { argv: ['--site', 'http://jira.example.test'], errors: [/^--email: required/, /^--token: required/] },
    { argv: ['--site', 'ftp://x', '--email', 'e', '--token', 't'], errors: [/^--site: "ftp:\/\/x" is not an http\(s\) URL/] },
    { argv: ['--programme', 'a', '--policy', 'b'], errors: [/^--programme and --policy/] },
    { argv: ['--scenario', goodScenario], errors: [/^--scenario: needs --policy/] },
    { argv: ['--policy', 'p', '--scenario', badScenario], errors: [/^--scenario: priority: /, /^--scenario: timeLimitMinutes: /] },
    { argv: ['--policy', 'p', '--scenario', join(dir, 'missing.yaml')], errors: [/^--scenario: cannot read .*missing\.yaml/] },
    { argv: ['--respond', 'two:4', '--respond', '0:3'], errors: [/^--respond: "two:4"/, /^--respond: "0:3"/] },
    { argv: ['--step', '61'], errors: [/^--step: "61"/] },
    { argv: ['--bogus'], errors: [/bogus/] },
  ])('refuses $argv, naming each option', ({ argv, errors }) => {
    const r = parseDrillArgs(argv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(errors.length);
    errors.forEach((re, i) => expect(r.errors[i]).toMatch(re));
  });
});
