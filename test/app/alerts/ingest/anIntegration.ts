import type { StoredDedup } from '../../../../src/contracts/alertState.js';
import { IntegrationSchema, type DeliveryRecord, type Integration, type IntegrationInput } from '../../../../src/contracts/integration.js';

/** A bearer-token Alertmanager integration for the `checkout` service in ITOPS, with overrides. */
export function anIntegration(overrides: Partial<IntegrationInput> = {}): Integration {
  return IntegrationSchema.parse({ id: 'am-prod', name: 'Prometheus prod', format: 'alertmanager', service: 'checkout', projectKey: 'ITOPS', auth: 'bearer', ...overrides });
}

export function aDelivery(seq: number, overrides: Partial<DeliveryRecord> = {}): DeliveryRecord {
  return {
    id: `am-prod-${String(seq).padStart(10, '0')}`,
    integrationId: 'am-prod',
    receivedAt: new Date(Date.parse('2026-11-27T09:00:00.000Z') + seq * 1000).toISOString(),
    outcome: 'accepted',
    httpStatus: 202,
    reason: 'incident created',
    dedupKey: 'k1',
    incidentKey: 'ITOPS-1',
    summary: 'HighLatency',
    ...overrides,
  };
}

export function aDedup(overrides: Partial<StoredDedup> = {}): StoredDedup {
  return {
    dedupKey: 'k1', incidentKey: 'ITOPS-1', count: 1, openedAt: '2026-11-27T09:00:00.000Z', lastSeenAt: '2026-11-27T09:00:00.000Z',
    lastCommentAt: null, commentId: null, ...overrides,
  };
}
