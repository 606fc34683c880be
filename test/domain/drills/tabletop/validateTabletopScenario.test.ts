import { validateTabletopScenario } from '../../../../src/domain/drills/tabletop/validateTabletopScenario.js';
import { aTabletopScenario, anInject } from '../../../support/tabletopBuilders.js';

const refs = { policyIds: new Set(['default']), teamIds: new Set(['application', 'network', 'security']), services: new Set(['Payments', 'Core network']) };

describe('validateTabletopScenario', () => {
  it('accepts a scenario naming configured policy, teams and services', () => {
    expect(validateTabletopScenario(aTabletopScenario(), refs)).toMatchObject({ ok: true, value: { id: 'payments-outage' } });
  });

  it.each([
    ['an unknown policy', { policyId: 'nope' }, [['policyId', 'no policy "nope"']]],
    ['a service the configuration does not list', { services: ['Payments', 'Paymnts'] }, [['services[1]', 'no service "Paymnts" in the configuration']]],
    ['an unknown team and a team listed twice', { teams: ['network', 'dba', 'network'] }, [['teams[1]', 'no team "dba"'], ['teams[2]', 'network is listed twice']]],
    ['no team at all', { teams: [] }, [['teams', 'name at least one team to engage']]],
    ['an inject at or after the time limit', { timeLimitMinutes: 30, injects: [anInject({ atMinute: 30 })] }, [['injects[0].atMinute', 'must be before the time limit (30 minutes)']]],
    ['two injects with one id', { injects: [anInject(), anInject({ atMinute: 5 })] }, [['injects[1].id', '"first-alert" is used by an earlier inject']]],
    ['an inject to a role exercises do not have', { injects: [{ ...anInject(), to: 'ceo' }] }, [['injects[0].to', expect.stringContaining('Invalid enum value')]]],
  ])('refuses %s, naming the field', (_name, overrides, expected) => {
    const r = validateTabletopScenario({ ...aTabletopScenario(), ...overrides }, refs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.field, e.message])).toEqual(expected);
  });

  it('accepts any service name when the configuration lists none', () => {
    expect(validateTabletopScenario({ ...aTabletopScenario(), services: ['Anything'] }, { ...refs, services: new Set() }).ok).toBe(true);
  });
});
