import { RoutingConfigSchema } from '../../src/contracts/config.js';

describe('RoutingConfigSchema weights', () => {
  it('keeps the weights an admin set and leaves the rest to the routing defaults', () => {
    expect(RoutingConfigSchema.parse({ weights: { workload: 0.5 } }).weights).toEqual({ workload: 0.5 });
  });

  test.each([
    [{ expertise: -1 }, 'weights.expertise', 'must be 0 or more'],
    [{ onShift: Number.NaN }, 'weights.onShift', 'Expected number, received nan'],
    [{ onShift: Number.POSITIVE_INFINITY }, 'weights.onShift', 'Number must be finite'],
    [{ workload: 101 }, 'weights.workload', 'must be at most 100'],
  ])('refuses %j', (weights, field, message) => {
    const result = RoutingConfigSchema.safeParse({ weights });
    // The first problem is the one a form shows beside the field.
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])[0]).toEqual([field, message]);
  });
});
