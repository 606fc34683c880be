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
  test.each<[string | null, string | null, string | null, string, string]>([
    ['Minor / Localized', 'Low', 'Intranet', 'P5', 'standard has no floor'],
    ['Minor / Localized', 'Low', 'Payments', 'P2', 'mission-critical floor P2'],
    ['Minor / Localized', 'Low', 'Email', 'P3', 'business-critical floor P3'],
    ['Extensive / Widespread', 'Critical', 'Email', 'P1', 'a floor never lowers a priority'],
    [null, null, 'Intranet', 'P5', 'missing impact counts as the lowest cell'],
    [null, null, 'Payments', 'P2', 'missing impact still gets the service floor'],
    ['Minor / Localized', 'Low', null, 'P5', 'no service'],
  ])('%s × %s on %s is %s (%s)', (impact, urgency, service, expected) => {
    expect(effectivePriority(config, impact, urgency, service).priority).toBe(expected);
  });

  it('explains a raised floor in words', () => {
    const r = effectivePriority(config, 'Minor / Localized', 'Low', 'Payments');
    expect(r.explain()).toBe('impact Minor / Localized × urgency Low gives P5, raised to P2 by Payments\'s mission-critical floor');
    expect(r.criticality).toBe('mission-critical');
  });
});
