import { forgeDeps } from '../compose/forgeDeps.js';
import { sweep } from '../../app/escalation/sweep.js';
import { remainingInvocationMs } from '../../adapters/forge/invocationTime.js';
import { sweepReviews } from '../../app/reviews/sweepReviews.js';
import { sweepHeartbeats } from '../../app/alerts/heartbeats/sweepHeartbeats.js';
import { runDueSynthetics } from '../../app/alerts/synthetic/runDueSynthetics.js';
import { sweepShiftHandoffs } from '../../app/coordination/sweepShiftHandoffs.js';

/** Scheduled every five minutes. Scheduled triggers are not retried, so failures are logged. */
export async function sweepTrigger(): Promise<{ statusCode: number; body: string }> {
  const deps = await forgeDeps({ kind: 'app' });
  const report = await sweep(deps, { remainingMs: remainingInvocationMs });
  if (report.failed.length) console.error('sweep: incidents that failed and will be retried', report.failed);
  console.log(`sweep: evaluated ${report.evaluated}, resumed ${report.resumed}, checkpointed ${report.checkpointed}, searches ${report.searchRequests}`);
  // Heartbeats: the exact timers catch a miss within a minute; this catches a lost timer.
  const heartbeats = await sweepHeartbeats(deps);
  if (heartbeats.failed.length) console.error('sweep: heartbeats that failed and will be retried', heartbeats.failed);
  // Synthetic checks that are due, and verdicts on runs whose timer was lost.
  const synthetics = await runDueSynthetics(deps);
  if (synthetics.failed.length) console.error('sweep: synthetic checks that failed', synthetics.failed);
  const reviews = await sweepReviews(deps);
  if (reviews.failed.length || reviews.quarantined.length) console.error('sweep: reviews that failed or did not parse', reviews.failed, reviews.quarantined);
  console.log(`sweep: advanced ${reviews.checked} open post-incident reviews`);
  // Shift handovers nobody accepted in time escalate within the schedule's team.
  const shiftHandoffs = await sweepShiftHandoffs(deps);
  if (shiftHandoffs.failed.length) console.error('sweep: shift handovers that failed and will be retried', shiftHandoffs.failed);
  return { statusCode: 200, body: JSON.stringify({ ...report, reviews, heartbeats, synthetics, shiftHandoffs }) };
}
