import { z } from 'zod';
import { Resolver } from '../forgeResolver.js';
import { forgeDeps } from '../compose/forgeDeps.js';
import { evaluateIncident } from '../../app/escalation/evaluateIncident.js';


const TimerEventSchema = z.object({ body: z.object({ incidentKey: z.string().min(1), dueAtMs: z.number() }) }).passthrough();

const consumer = new Resolver();
/**
 * An exact timer fired: evaluate the incident now. Throwing lets the queue retry; a malformed
 * event is logged and dropped, since retrying it can never succeed.
 */
consumer.define('fire', async ({ payload }) => {
  const parsed = TimerEventSchema.safeParse(payload);
  if (!parsed.success) {
    console.error('timer event ignored: unexpected shape', parsed.error.issues[0]);
    return;
  }
  await evaluateIncident(await forgeDeps({ kind: 'app' }), parsed.data.body.incidentKey);
});

export const timerHandler = consumer.getDefinitions();
