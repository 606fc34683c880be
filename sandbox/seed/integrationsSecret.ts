import { IntegrationSecretSchema } from '../../src/contracts/integration.js';

/** The platform side of KVS, as the sandbox's Forge runtime exposes it. */
export interface KvsPlatform {
  handle(path: string, body: unknown): { status: number; body?: unknown };
}

/**
 * An integration's current secret straight from the emulated secret store, where the app's
 * KVS alert store keeps it under `alertsecret:<id>` (src/adapters/forge/kvsAlertStore.ts).
 * Null when there is none.
 */
export function integrationSecret(kvs: KvsPlatform, integrationId: string): string | null {
  const reply = kvs.handle('/api/v1/secret/get', { key: `alertsecret:${integrationId}` });
  if (reply.status !== 200) return null;
  const parsed = IntegrationSecretSchema.safeParse((reply.body as { value?: unknown } | undefined)?.value);
  return parsed.success ? parsed.data.current : null;
}
