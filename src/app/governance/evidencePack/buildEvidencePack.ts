import type { EvidencePackView, TrailExtract } from '../../../contracts/evidencePack.js';
import { GENESIS_HASH } from '../../../domain/governance/auditChain/chainLink.js';
import { packFiles } from '../../../domain/governance/evidencePack/packFiles.js';
import { packManifest, sha256Hex } from '../../../domain/governance/evidencePack/packManifest.js';
import { verifyChain } from '../../../domain/governance/auditChain/verifyChain.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { auditPeriodRange } from '../auditPeriod.js';
import { controlsReport } from '../controls/assessControls.js';
import type { ControlDeps } from '../controls/gatherPeriodEvidence.js';
import { readWholeTrail } from '../trailAdmin.js';
import { writeZip } from './zipArchive.js';

/**
 * The largest ZIP a pack may be. A resolver's answer travels as JSON with the ZIP in base64
 * (a third bigger), and Forge caps invocation payloads at 5 MB: 3.5 MB leaves room for the rest.
 */
export const MAX_PACK_BYTES = 3_500_000;
/** Trail entries a pack carries; a busier month is marked truncated and the rest are in the trail export. */
export const PACK_TRAIL_LIMIT = 5_000;

/**
 * A month's evidence pack: controls, audit, access log and trail extract as JSON and CSV, a PDF
 * summary and a manifest with the SHA-256 of every file, zipped. Auditors get it with personal
 * and payment data redacted (counts logged, never values); policy admins get it whole. Making one
 * is access-logged with the ZIP's hash, and so chained into the trail itself. Nothing is stored:
 * the pack is made again from the records on each request.
 */
export async function buildEvidencePack(deps: ControlDeps, actor: Actor, period: string): Promise<EvidencePackView> {
  const roles = await authorizeSiteAction(deps, actor, 'viewGovernance', 'buildEvidencePack');
  const redact = !roles.includes('policyAdmin');
  const { from, to } = auditPeriodRange(period);
  const report = await controlsReport(deps, period);
  const [audit, trail, log] = await Promise.all([deps.governance.getAudit(period), readWholeTrail(deps.governance), deps.store.listAccessLog(5000)]);
  const verdict = verifyChain(trail.entries, trail.head);
  const inMonth = trail.entries.filter((e) => { const t = Date.parse(e.at); return t >= from && t < to; });
  const first = inMonth.length ? Math.min(...inMonth.map((e) => e.seq)) : trail.head.seq + 1;
  const last = inMonth.length ? Math.max(...inMonth.map((e) => e.seq)) : trail.head.seq;
  const run = trail.entries.filter((e) => e.seq >= first && e.seq <= last);
  const before = trail.entries.find((e) => e.seq === first - 1);
  const extract: TrailExtract = {
    format: 'jsm-escalation-trail-extract/1', period, anchor: before ? { seq: before.seq, hash: before.hash } : { seq: first - 1, hash: first === 1 ? GENESIS_HASH : '0'.repeat(64) },
    entries: run.slice(0, PACK_TRAIL_LIMIT), head: trail.head, truncated: run.length > PACK_TRAIL_LIMIT,
  };
  const now = deps.clock.now();
  const generatedAt = new Date(now).toISOString();
  const accessLog = log.filter((e) => { const t = Date.parse(e.at); return t >= from && t < to; }).reverse();
  const reviews = await deps.governance.listAccessReviews();
  const lastCompleted = reviews.find((rv) => rv.completed !== null && Date.parse(rv.completed.at) < to);
  const accessReviews = reviews.filter((rv) => rv === lastCompleted || (Date.parse(rv.from) < to && Date.parse(rv.to) > from));
  const { files, redactions } = packFiles({ period, generatedAt, redact, report, audit, extract, trailVerdict: verdict, accessLog, accessReviews });
  const notes = [
    redact ? 'Emails, phone numbers, card numbers and IBANs are replaced in every file; redacted trail entries are checked by their links only.' : 'Not redacted: made for a policy admin.',
    ...(extract.truncated ? [`The month has ${run.length} trail entries; this pack carries the first ${PACK_TRAIL_LIMIT}. Export the trail for the rest.`] : []),
    ...(audit ? [] : [`No adherence audit of ${period} has run, so there is no audit.json or deviations.csv.`]),
    'Times in the ZIP headers are UTC.',
  ];
  const manifest = packManifest(files, { period, generatedAt, generatedBy: actor.accountId, redacted: redact, redactions: redactions as Record<string, number>, notes });
  const zip = writeZip([...files, { name: 'manifest.json', bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) }], now);
  if (zip.length > MAX_PACK_BYTES) {
    throw new AppError('INVALID', `the pack for ${period} would be ${(zip.length / 1e6).toFixed(1)} MB, over the ${MAX_PACK_BYTES / 1e6} MB a download can carry; export the trail separately`, [{ field: 'period', message: 'too much for one pack' }]);
  }
  const sha256 = sha256Hex(zip);
  const redactedText = Object.entries(redactions).map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing';
  await recordAdminChange(deps, actor, 'buildEvidencePack', null, `${period}: ${zip.length} bytes, sha256 ${sha256}; ${redact ? `redacted ${redactedText}` : 'not redacted'}`);
  return { fileName: `evidence-pack-${period}.zip`, base64: Buffer.from(zip).toString('base64'), bytes: zip.length, sha256, manifest };
}
