import { forgeDeps } from '../compose/forgeDeps.js';
import { runDueDrills } from '../../app/drills/programmes/runDueDrills.js';

/** Scheduled hourly. Scheduled triggers are not retried; a failed start is retried by the next run. */
export async function drillProgrammesTrigger(): Promise<{ statusCode: number; body: string }> {
  const report = await runDueDrills(await forgeDeps({ kind: 'app' }));
  if (report.failed.length) console.error('drill programmes: could not start', report.failed);
  console.log(`drill programmes: started ${report.started.join(', ') || 'none'}, waiting for a window ${report.waiting.join(', ') || 'none'}`);
  return { statusCode: 200, body: JSON.stringify(report) };
}
