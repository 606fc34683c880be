import { addMinutes } from 'date-fns';
import type { SyntheticCheck, SyntheticRun } from '../../../contracts/synthetic.js';
import type { SyntheticFacts } from '../../../domain/alerts/synthetic/syntheticHops.js';
import { syntheticHops } from '../../../domain/alerts/synthetic/syntheticHops.js';
import { syntheticPayload } from '../../../domain/alerts/synthetic/syntheticPayload.js';
import { escalateDrill } from '../../escalation/incidentCommands.js';
import type { Deps } from '../../shared/deps.js';
import { toolRequest } from '../admin/toolRequest.js';
import { ingestAlert } from '../ingest/ingestAlert.js';
import { finishSyntheticRun } from './finishSyntheticRun.js';

/** Forge's longest queue delay; bounds are at most an hour, so the verdict timer chains. */
const MAX_DELAY_SECONDS = 900;

/**
 * One run of a synthetic check. The integration's sample alert, made unique to the run, is sent
 * as its tool sends it (signed or tokened with the integration's secret) through the alert
 * endpoint itself: authentication, rate limit, suppression, dedup, enrichment, the matrix, the
 * policy. The incident it opens is a drill, so isolation applies; its policy's first level is
 * paged at once on the technical path, as a drill would. Each hop's time is recorded. A page
 * already sent passes the run at once; a hop that failed fails it at once; otherwise an exact
 * timer gives the verdict at the bound. Either way the drill is then ended.
 */
export async function startSyntheticRun(deps: Deps, check: SyntheticCheck): Promise<SyntheticRun> {
  const store = deps.synthetics!;
  const sentAt = new Date(deps.clock.now());
  const id = `${check.id}.${String(sentAt.getTime()).padStart(15, '0')}`;
  const by = `synthetic:${check.id}`;
  const f: SyntheticFacts = {
    sentAt,
    authenticated: { at: null, detail: '' },
    incident: { at: null, detail: 'no alert reached the pipeline' },
    escalated: { at: null, detail: 'no incident to escalate' },
    paged: { at: null, detail: 'nobody was paged' },
  };
  let incidentKey: string | null = null;
  const integration = await deps.alerts.getIntegration(check.integrationId);
  const secret = integration ? await deps.alerts.getSecret(integration.id) : null;
  const request = integration && secret ? toolRequest(integration, secret.current, syntheticPayload(integration.format, integration.service, sentAt, id, check.name), sentAt) : null;
  if (!integration) f.authenticated.detail = `integration "${check.integrationId}" no longer exists`;
  else if (!secret) f.authenticated.detail = `integration "${check.integrationId}" has no secret`;
  else if (!request) f.authenticated.detail = 'signed SNS deliveries can only come from AWS: use raw message delivery or another integration';
  else {
    const outcome = await ingestAlert(deps, request, { drill: { by } });
    const answeredAt = new Date(deps.clock.now());
    const first = outcome.results[0];
    f.authenticated = outcome.status < 400 ? { at: answeredAt, detail: `answered ${outcome.status}` } : { at: null, detail: `answered ${outcome.status}: ${String(outcome.body['reason'] ?? '')}` };
    if (first?.outcome === 'accepted' && first.incidentKey) {
      incidentKey = first.incidentKey;
      f.incident = { at: answeredAt, detail: first.reason };
    } else if (first) {
      f.incident.detail = `${first.outcome}: ${first.reason}`;
    }
  }
  if (incidentKey) {
    const drill = await deps.drills?.getDrill(incidentKey);
    if (!drill) f.escalated.detail = 'no enabled policy covers the incident it opened';
    else {
      try {
        await escalateDrill(deps, incidentKey, drill.policyId, drill.scenario.path, by, `synthetic check "${check.name}"`);
        f.escalated = { at: new Date(deps.clock.now()), detail: `policy ${drill.policyId} v${drill.policyVersion}, ${drill.scenario.path} level 1` };
      } catch (e) {
        // Its own trigger may have escalated it first (the queued evaluation): that counts.
        const state = (await deps.host.getIncident(incidentKey))?.state;
        f.escalated = state?.status === 'active'
          ? { at: new Date(deps.clock.now()), detail: `escalated by policy ${drill.policyId}` }
          : { at: null, detail: e instanceof Error ? e.message : String(e) };
      }
    }
  }
  const boundAt = addMinutes(sentAt, check.boundMinutes);
  const run: SyntheticRun = {
    schema: 1, id, checkId: check.id, startedAt: sentAt.toISOString(), boundAt: boundAt.toISOString(), status: 'running',
    incidentKey, hops: syntheticHops(f), reason: null, failureIncidentKey: null, finishedAt: null,
  };
  await store.saveRun(run);
  const now = await finishSyntheticRun(deps, id, { early: true });
  if (now && now.status !== 'running') return now;
  const delay = Math.max(1, Math.min(MAX_DELAY_SECONDS, Math.ceil((boundAt.getTime() - deps.clock.now()) / 1000)));
  await deps.queue.scheduleSyntheticVerdict(id, delay, deps.clock.now() + delay * 1000);
  return now ?? run;
}
