import { forgeDeps } from '../compose/forgeDeps.js';
import { governanceDaily } from '../../app/governance/governanceDaily.js';
import { governanceDeps } from '../../app/governance/governanceDeps.js';

/** Scheduled daily: the monthly adherence audit on the first, overdue sign-offs and the retention purge every day. */
export async function governanceDailyTrigger(): Promise<{ statusCode: number; body: string }> {
  const deps = governanceDeps(await forgeDeps({ kind: 'app' }));
  const result = await governanceDaily(deps);
  console.log(`governance: audited ${result.audited ?? 'nothing new'}; sign-off overdue ${result.escalated.join(', ') || 'none'}; purged ${result.purge ? `${result.purge.deleted} records${result.purge.finished ? '' : ' (continues tomorrow)'}` : 'nothing'}`);
  return { statusCode: 200, body: JSON.stringify(result) };
}
