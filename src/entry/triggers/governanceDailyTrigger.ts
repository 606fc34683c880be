import { forgeDeps } from '../compose/forgeDeps.js';
import { governanceDaily } from '../../app/governance/governanceDaily.js';
import { governanceDeps } from '../../app/governance/governanceDeps.js';

/** Scheduled daily: the monthly adherence audit on the first, and overdue sign-offs every day. */
export async function governanceDailyTrigger(): Promise<{ statusCode: number; body: string }> {
  const deps = governanceDeps(await forgeDeps({ kind: 'app' }));
  const result = await governanceDaily(deps);
  console.log(`governance: audited ${result.audited ?? 'nothing new'}; sign-off overdue ${result.escalated.join(', ') || 'none'}`);
  return { statusCode: 200, body: JSON.stringify(result) };
}
