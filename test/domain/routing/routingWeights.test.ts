import { routingWeightsSchema } from '../../../src/domain/routing/routingWeights.js';

describe('routingWeightsSchema', () => {
  it('fills missing weights with the defaults', () => {
    expect(routingWeightsSchema.parse({ workload: 0.5 })).toEqual({ onShift: 2, expertise: 1, workload: 0.5 });
  });

  test.each([
    [{ expertise: -1 }, 'expertise', 'must be 0 or more'],
    [{ onShift: Number.NaN }, 'onShift', 'Expected number, received nan'],
    [{ workload: 101 }, 'workload', 'must be at most 100'],
  ])('refuses %j', (input, field, message) => {
    const result = routingWeightsSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([[field, message]]);
  });
});
