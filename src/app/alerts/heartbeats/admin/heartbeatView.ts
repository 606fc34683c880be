import type { Heartbeat, HeartbeatView } from '../../../../contracts/heartbeat.js';
import type { Integration } from '../../../../contracts/integration.js';
import { heartbeatHealth } from '../../../../domain/alerts/heartbeats/heartbeatHealth.js';
import type { Deps } from '../../../shared/deps.js';

/** The URL a heartbeat's job pings: the shared alert webtrigger plus `heartbeat=<id>`. */
export function heartbeatUrl(base: string, id: string): string {
  const url = new URL(base);
  url.searchParams.set('heartbeat', id);
  return url.toString();
}

/** What admins see of one heartbeat: its state now, its integration by name, the URL; never the secret. */
export async function heartbeatView(deps: Pick<Deps, 'heartbeats' | 'clock'>, h: Heartbeat, integrations: readonly Integration[], base: string | null): Promise<HeartbeatView> {
  const state = (await deps.heartbeats?.getState(h.id)) ?? null;
  const url = base === null ? null : heartbeatUrl(base, h.id);
  return {
    heartbeat: h,
    integrationName: integrations.find((i) => i.id === h.integrationId)?.name ?? null,
    health: heartbeatHealth(h, state, new Date(deps.clock.now())),
    lastPingAt: state?.lastPingAt ?? null,
    deadlineAt: h.enabled ? (state?.deadlineAt ?? null) : null,
    incidentKey: state?.incidentKey ?? null,
    lastIncidentKey: state?.lastIncidentKey ?? null,
    url,
    example: url === null ? null : `curl -fsS -X POST -H 'Authorization: Bearer <secret>' '${url}'`,
  };
}
