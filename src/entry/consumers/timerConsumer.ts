import { z } from 'zod';
import { Resolver } from '../forgeResolver.js';
import { forgeDeps } from '../compose/forgeDeps.js';
import { evaluateIncident } from '../../app/escalation/evaluateIncident.js';
import { checkHeartbeat } from '../../app/alerts/heartbeats/checkHeartbeat.js';
import { finishSyntheticRun } from '../../app/alerts/synthetic/finishSyntheticRun.js';

const TimerEventSchema = z.object({
  body: z.union([
    z.object({ incidentKey: z.string().min(1), dueAtMs: z.number() }),
    z.object({ heartbeatId: z.string().min(1), dueAtMs: z.number() }),
    z.object({ syntheticRunId: z.string().min(1), dueAtMs: z.number() }),
  ]),
}).passthrough();

const consumer = new Resolver();
/**
 * An exact timer fired: evaluate the incident, check the heartbeat's deadline, or judge the synthetic run, now.
 * Throwing lets the queue retry; a malformed event is logged and dropped, since retrying it can
 * never succeed.
 */
consumer.define('fire', async ({ payload }) => {
  const parsed = TimerEventSchema.safeParse(payload);
  if (!parsed.success) {
    console.error('timer event ignored: unexpected shape', parsed.error.issues[0]);
    return;
  }
  const body = parsed.data.body;
  const deps = await forgeDeps({ kind: 'app' });
  if ('heartbeatId' in body) await checkHeartbeat(deps, body.heartbeatId);
  else if ('syntheticRunId' in body) await finishSyntheticRun(deps, body.syntheticRunId, { early: true });
  else await evaluateIncident(deps, body.incidentKey);
});

export const timerHandler = consumer.getDefinitions();
