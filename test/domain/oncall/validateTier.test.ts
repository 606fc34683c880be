import { describeFieldError } from '../../../src/domain/oncall/fieldError.js';
import { validateTier } from '../../../src/domain/oncall/validateTier.js';

const schedules = new Set(['payments', 'platform']);
const errorsOf = (input: unknown): string[] => {
  const result = validateTier(input, schedules);
  return result.ok ? [] : result.errors.map(describeFieldError);
};

describe('validateTier', () => {
  it('accepts a schedule with a named backup person', () => {
    const tier = { name: 'L1', primary: { kind: 'schedule', scheduleId: 'payments' }, backup: { kind: 'user', accountId: 'ana' } };
    expect(validateTier(tier, schedules)).toEqual({ ok: true, value: tier });
  });

  test.each([
    ['a tier without a backup', { name: 'L1', primary: { kind: 'user', accountId: 'ana' } }, ['backup: is required: every tier needs a backup']],
    ['a backup who is the primary', { name: 'L1', primary: { kind: 'user', accountId: 'ana' }, backup: { kind: 'user', accountId: 'ana' } }, ['backup: must differ from the primary (user ana)']],
    ['a backup schedule that is the primary schedule', { name: 'L1', primary: { kind: 'schedule', scheduleId: 'payments' }, backup: { kind: 'schedule', scheduleId: 'payments' } }, ['backup: must differ from the primary (schedule payments)']],
    ['a schedule that does not exist', { name: 'L1', primary: { kind: 'schedule', scheduleId: 'billing' }, backup: { kind: 'user', accountId: 'ana' } }, ['primary.scheduleId: no schedule has id "billing"']],
    ['an unknown target kind', { name: 'L1', primary: { kind: 'team', id: 't' }, backup: { kind: 'user', accountId: 'ana' } }, ["primary.kind: must be 'schedule' or 'user'"]],
  ])('refuses %s', (_, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });
});
