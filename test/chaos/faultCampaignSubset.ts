import { fileURLToPath } from 'node:url';
import { judge, type Verdict } from '../../chaos/oracle.js';
import { runScenario } from '../../chaos/runScenario.js';
import { scenario } from '../../chaos/scenario.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Each scenario is a fresh sandbox and 160 virtual minutes on the virtual clock, so its outcome
 * does not depend on how fast the machine is. It takes some 20 s of real time alone and several
 * times that on a loaded machine; the limit only stops a hung run, far beyond either.
 */
export const SCENARIO_TIMEOUT_MS = 1_200_000;

/**
 * Runs fixed seeds of `npm run chaos` (without tampering, which the app-owned state work
 * covers) and expects the oracle to find nothing lost, duplicated or unrecovered. A failure
 * prints the oracle's problems, and `npm run chaos -- --seeds N --no-tamper` reruns it.
 */
export function faultCampaignSubset(seeds: readonly number[]): void {
  describe(`fault campaign, seeds ${seeds.join(', ')}`, () => {
    it.each(seeds.map((s) => [s]))('seed %i: nothing lost, duplicated or unrecovered', async (seed) => {
      const s = scenario(seed, { tamper: false });
      const v: Verdict = judge(await runScenario(s, ROOT));
      expect({ seed, faults: s.faults.map((f) => f.label), lostActions: v.lostActions, duplicatedActions: v.duplicatedActions, lostAcks: v.lostAcks, lostAlerts: v.lostAlerts, unrecoveredRecords: v.unrecoveredRecords, problems: v.problems.filter((p) => !p.includes('page "')) })
        .toEqual({ seed, faults: s.faults.map((f) => f.label), lostActions: 0, duplicatedActions: 0, lostAcks: 0, lostAlerts: 0, unrecoveredRecords: 0, problems: [] });
    }, SCENARIO_TIMEOUT_MS);
  });
}
