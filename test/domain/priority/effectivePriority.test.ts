import { itil3x3, jsm4x4 } from '../../../src/domain/priority/defaultMatrices.js';
import { effectivePriority } from '../../../src/domain/priority/effectivePriority.js';
import { matrixPriority } from '../../../src/domain/priority/matrixPriority.js';
import { aConfig } from '../../support/builders.js';

describe('matrixPriority', () => {
  test.each([
    ['High', 'High', 'P1'],
    ['High', 'Low', 'P3'],
    ['Medium', 'Medium', 'P3'],
    ['Low', 'High', 'P3'],
    ['Low', 'Low', 'P5'],
    ['high', 'MEDIUM', 'P2'],
  ])('ITIL 3×3: impact %s × urgency %s is %s', (impact, urgency, expected) => {
    expect(matrixPriority(itil3x3, impact, urgency)).toBe(expected);
  });

  test.each([
    ['Extensive / Widespread', 'Critical', 'P1'],
    ['Significant / Large', 'High', 'P2'],
    ['Minor / Localized', 'Low', 'P5'],
  ])('JSM 4×4: impact %s × urgency %s is %s', (impact, urgency, expected) => {
    expect(matrixPriority(jsm4x4, impact, urgency)).toBe(expected);
  });

  test.each([
    [null, 'High'],
    ['High', null],
    ['Catastrophic', 'High'],
  ])('returns null for impact %s × urgency %s instead of guessing', (impact, urgency) => {
    expect(matrixPriority(itil3x3, impact, urgency)).toBeNull();
  });
});

describe('effectivePriority', () => {
  const config = aConfig();
  const inputs = (impact: string | null, urgency: string | null, service: string | null, jiraPriority: string | null = null) =>
    ({ impact, urgency, service, jiraPriority });

  test.each<[string | null, string | null, string | null, string, string]>([
    ['Minor / Localized', 'Low', 'Intranet', 'P5', 'standard has no floor'],
    ['Minor / Localized', 'Low', 'Payments', 'P2', 'mission-critical floor P2'],
    ['Minor / Localized', 'Low', 'Email', 'P3', 'business-critical floor P3'],
    ['Extensive / Widespread', 'Critical', 'Email', 'P1', 'a floor never lowers a priority'],
    [null, null, 'Intranet', 'P5', 'missing impact counts as the lowest cell'],
    [null, null, 'Payments', 'P2', 'missing impact still gets the service floor'],
    ['Minor / Localized', 'Low', null, 'P5', 'no service'],
  ])('%s × %s on %s with no Jira priority is %s (%s)', (impact, urgency, service, expected) => {
    expect(effectivePriority(config, inputs(impact, urgency, service)).priority).toBe(expected);
  });

  // impact, urgency, service, Jira priority → priority, the source that decided, conflict?
  test.each<[string | null, string | null, string | null, string | null, string, string, boolean]>([
    ['Extensive / Widespread', 'Critical', 'Intranet', null, 'P1', 'matrix', false],
    ['Significant / Large', 'High', 'Intranet', 'Lowest', 'P2', 'matrix', true],
    [null, null, 'Intranet', 'Highest', 'P1', 'jira', false],
    [null, null, null, 'High', 'P2', 'jira', false],
    ['Minor / Localized', 'Low', 'Intranet', 'Highest', 'P1', 'jira', true],
    [null, null, 'Payments', 'Lowest', 'P2', 'floor', false],
    ['Minor / Localized', 'Low', 'Payments', null, 'P2', 'floor', false],
    [null, null, 'Intranet', null, 'P5', 'lowest', false],
    [null, null, 'Intranet', 'Blocker', 'P5', 'lowest', false],
    // Ties name the earlier source: matrix, then Jira, then the floor.
    ['Significant / Large', 'High', 'Intranet', 'High', 'P2', 'matrix', false],
    [null, null, 'Payments', 'High', 'P2', 'jira', false],
  ])('%s × %s on %s with Jira priority %s is %s, decided by %s (conflict: %s)', (impact, urgency, service, jira, expected, source, conflict) => {
    const r = effectivePriority(config, inputs(impact, urgency, service, jira));
    expect(r.priority).toBe(expected);
    expect(r.source).toBe(source);
    expect(r.conflict !== null).toBe(conflict);
  });

  it('reports a conflict between Highest and an impact/urgency that give P4', () => {
    const r = effectivePriority(config, inputs('Significant / Large', 'Low', 'Intranet', 'Highest'));
    expect(r.priority).toBe('P1');
    expect(r.conflict).toEqual({ matrix: 'P4', jira: 'P1', jiraPriority: 'Highest' });
    expect(r.explain()).toBe("impact Significant / Large × urgency Low gives P4, Jira's priority Highest maps to P1, so P1, decided by Jira's priority; conflict: Jira says Highest (P1) but the matrix gives P4");
  });

  it('follows an edited mapping, matching names case-insensitively', () => {
    const custom = aConfig({ jiraPriorityMapping: [{ jiraPriority: 'Blocker', priority: 'P1' }, { jiraPriority: 'Highest', priority: 'P3' }] });
    expect(effectivePriority(custom, inputs(null, null, null, 'blocker')).priority).toBe('P1');
    expect(effectivePriority(custom, inputs(null, null, null, 'Highest')).priority).toBe('P3');
  });

  it('explains a raised floor in words', () => {
    const r = effectivePriority(config, inputs('Minor / Localized', 'Low', 'Payments'));
    expect(r.explain()).toBe("impact Minor / Localized × urgency Low gives P5, Jira's priority not set, Payments's mission-critical floor is P2, so P2, decided by the service floor");
    expect(r.criticality).toBe('mission-critical');
  });
});
