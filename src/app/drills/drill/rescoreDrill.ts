import type { DrillRecord } from '../../../contracts/drills.js';
import { autoFindings } from '../../../domain/drills/scoring/autoFindings.js';
import { scoreDrill } from '../../../domain/drills/scoring/scoreDrill.js';
import { tabletopFindings } from '../../../domain/drills/tabletop/tabletopFindings.js';
import { scoreExercise } from '../tabletop/scoreExercise.js';
import { loadSettings } from '../../policies/loadSettings.js';
import type { Deps } from '../../shared/deps.js';
import { peopleNames } from '../peopleNames.js';

/**
 * Scores the drill so far and adds automatic findings it does not have yet (each by a stable
 * id, so rescoring never duplicates one). Returns the record as saved.
 */
export async function rescoreDrill(deps: Deps, drill: DrillRecord) {
  const [vp, events, settings] = await Promise.all([
    deps.store.getPolicyVersion(drill.policyId, drill.policyVersion), deps.store.listEvents(drill.issueKey), loadSettings(deps.store, deps.coordination),
  ]);
  if (!vp) return drill;
  const now = deps.clock.now();
  const score = scoreDrill({ drill, events, policy: vp.policy, schedules: settings.schedules }, now);
  const have = new Set(drill.findings.map((f) => f.id));
  // Names only for hops that can produce a finding, read once per person (the text is stored).
  const ids = score.hops.flatMap((h) => [...h.paged, ...(h.scheduledOnCall ?? []), ...(h.ackedBy ? [h.ackedBy] : [])]).filter((id) => !id.startsWith('group '));
  const person = await peopleNames(deps, ids);
  // A tabletop's gaps (teams the protocol missed, OLAs missed) are findings as well.
  const exercise = await scoreExercise(deps, drill, settings.teams);
  const found = [...autoFindings(drill, score, vp.policy, (id) => person(id).displayName), ...(exercise ? tabletopFindings(drill.issueKey, exercise) : [])];
  const fresh = found.filter((f) => !have.has(f.id));
  if (!fresh.length) return drill;
  const at = new Date(now).toISOString();
  const latest = (await deps.drills!.getDrill(drill.issueKey)) ?? drill;
  const saved: DrillRecord = { ...latest, findings: [...latest.findings, ...fresh.map((f) => ({ ...f, by: 'app', at, taskKey: null }))].slice(0, 100) };
  await deps.drills!.saveDrill(saved);
  return saved;
}
