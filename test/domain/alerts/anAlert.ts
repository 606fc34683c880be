import type { Alert } from '../../../src/domain/alerts/alert.js';

/** A firing checkout alert, for the decision tests; override only what a test is about. */
export function anAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    source: 'alertmanager',
    integration: 'prod-monitoring',
    dedupKey: 'fp-checkout-latency',
    status: 'firing',
    severity: 'error',
    summary: 'Checkout p99 latency above 2s',
    service: 'checkout',
    host: 'web-1',
    labels: { alertname: 'HighLatency', service: 'checkout', env: 'prod' },
    links: [],
    receivedAt: '2026-05-01T10:00:00.000Z',
    rawExcerpt: '{}',
    ...overrides,
  };
}
