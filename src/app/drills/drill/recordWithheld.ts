import type { Deps } from '../../shared/deps.js';

const KEEP = 200;

/**
 * Notes on the drill what it was not allowed to do. The note is for the drill report only:
 * failing to write it must not let the action through, so errors are logged, not thrown.
 */
export async function recordWithheld(deps: Pick<Deps, 'drills' | 'clock'>, issueKey: string, what: string, detail: string): Promise<void> {
  try {
    const d = await deps.drills?.getDrill(issueKey);
    if (!d) return;
    const entry = { at: new Date(deps.clock.now()).toISOString(), what, detail: detail.slice(0, 500) };
    await deps.drills!.saveDrill({ ...d, withheld: [...d.withheld, entry].slice(-KEEP) });
  } catch (e) {
    console.warn(`could not note a withheld ${what} on drill ${issueKey}`, e);
  }
}
