import type { NormaliseContext } from '../../../src/domain/alerts/formats/normaliser.js';

/** The integration context every normaliser test uses, with overrides. */
export function aContext(overrides: Partial<NormaliseContext> = {}): NormaliseContext {
  return { integration: 'prod-monitoring', service: 'checkout', receivedAt: '2026-05-01T10:00:00.000Z', ...overrides };
}
