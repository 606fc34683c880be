import type { TrailEntry, TrailExport, TrailHead, TrailVerdictView } from '../../contracts/governance.js';
import { verifyChain } from '../../domain/governance/auditChain/verifyChain.js';
import type { GovernanceStore } from '../../ports/governanceStore.js';
import { authorizeSiteAction, type AuthDeps } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';

/** One call reads at most this many entries; the UI pages by `fromSeq`. */
export const TRAIL_PAGE = 500;
type TrailDeps = AuthDeps & { governance: GovernanceStore };

/**
 * The trail from `fromSeq`, with the head kept apart from it, as `npm run verify-audit` reads
 * it. Entries past the head (a writer that died between its claim and the head move) are
 * included: they are genuine, and the verifier reports them.
 */
export async function exportTrail(deps: TrailDeps, actor: Actor, fromSeq = 1): Promise<TrailExport> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'exportAuditTrail');
  const head = await deps.governance.trailHead();
  const entries = await deps.governance.listTrail(fromSeq, Math.min(TRAIL_PAGE, Math.max(0, head.seq - fromSeq + 1)));
  for (let s = head.seq + 1; ; s += 1) {
    const extra = await deps.governance.getTrailEntry(s);
    if (!extra) break;
    entries.push(extra);
  }
  return { format: 'jsm-escalation-audit-trail/1', exportedAt: new Date(deps.clock.now()).toISOString(), head, entries };
}

/** Verifies the whole trail from its first entry; fine for a year of a busy site in one call only below TRAIL_PAGE × 20. */
export async function verifyTrail(deps: TrailDeps, actor: Actor): Promise<TrailVerdictView> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'verifyAuditTrail');
  return verifyWholeTrail(deps.governance);
}

/** Every entry up to the head, in order, with the head. */
export async function readWholeTrail(governance: GovernanceStore): Promise<{ head: TrailHead; entries: TrailEntry[] }> {
  const head = await governance.trailHead();
  const entries: TrailEntry[] = [];
  for (let from = 1; from <= head.seq; from += TRAIL_PAGE) entries.push(...(await governance.listTrail(from, TRAIL_PAGE)));
  return { head, entries };
}

/** The verification itself, for use cases that already authorised their caller (controls, evidence packs). */
export async function verifyWholeTrail(governance: GovernanceStore): Promise<TrailVerdictView> {
  const { head, entries } = await readWholeTrail(governance);
  const verdict = verifyChain(entries, head);
  return { ok: verdict.ok, entries: verdict.entries, head, problems: verdict.problems };
}
