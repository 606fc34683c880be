import type { EscalationState } from '../../contracts/escalationState.js';
import type { Target } from '../../contracts/policy.js';
import type { Intent } from '../../domain/escalation/intent.js';
import { ackLinksFor } from '../ackLinks/ackLinks.js';
import { bridgeText, type BridgeNote } from '../comms/bridge/bridgeNote.js';
import { sendCommunication } from '../comms/delivery/sendCommunication.js';
import type { Deps } from '../shared/deps.js';
import { recordDrillPage, runningDrill } from '../drills/drill/drillPages.js';
import { pathIncluded } from '../../domain/drills/drill/isolation.js';
import { describeTarget } from '../../domain/escalation/describeTarget.js';

/** A claim lasts long enough for one invocation; if the invocation dies, a retry may redo it. */
const LEASE_SECONDS = 900;

export interface ExecutionReport {
  done: string[];
  skipped: string[];
}

type ExecDeps = Pick<Deps, 'host' | 'notifier' | 'store' | 'clock' | 'links' | 'http' | 'comms' | 'queue' | 'drills'>;

/** The escalation episode the intents belong to, which acknowledgement links name. */
export interface ExecutionContext {
  episode: number;
  /** The state the decision moves to: messages describe the level being fired, not the one before. */
  state?: EscalationState;
  /** The open bridge, whose details every page carries. */
  bridge?: BridgeNote | null;
}

/**
 * Carries out intents in order, each once per idempotency key: claim the key, act, mark it
 * done. A failure releases the claim and stops, so the caller does not save the new state and
 * a retry decides the same step again, skipping what was already done.
 */
export async function executeIntents(deps: ExecDeps, intents: readonly Intent[], ctx: ExecutionContext): Promise<ExecutionReport> {
  const report: ExecutionReport = { done: [], skipped: [] };
  for (const intent of intents) {
    if (!(await deps.store.claimIntent(intent.key, LEASE_SECONDS))) {
      report.skipped.push(intent.key);
      continue;
    }
    try {
      await perform(deps, intent, ctx);
    } catch (err) {
      await deps.store.releaseIntent(intent.key);
      throw err;
    }
    await deps.store.completeIntent(intent.key);
    report.done.push(intent.key);
  }
  return report;
}

async function perform(deps: ExecDeps, i: Intent, ctx: ExecutionContext): Promise<void> {
  const { host, notifier } = deps;
  switch (i.kind) {
    case 'page': {
      const drill = await runningDrill(deps, i.incidentKey);
      if (drill && !pathIncluded(drill.scenario, i.path)) {
        // The drill leaves this path out: record whom it would have paged, and page nobody.
        return recordDrillPage(deps, i, 'skipped', `would page ${i.targets.map(describeTarget).join(', ') || 'nobody'}: the drill leaves the ${i.path} path out`);
      }
      try {
        await notifier.page({
          incidentKey: i.incidentKey,
          purpose: 'responderPage',
          subject: `[${i.incidentKey}] Escalation: ${i.path} level ${i.level} — please acknowledge`,
          body: `${drill && i.path === drill.scenario.path && drill.scenario.mustNotAckLevels.includes(i.level) ? 'Drill instruction: do NOT acknowledge this level; the drill tests that the next level is paged.\n' : ''}${i.reason}. Acknowledge by ${i.ackDueAt} with your link below or in the issue's Escalation panel.${ctx.bridge ? `\n\n${bridgeText(ctx.bridge)}` : ''}`,
          targets: i.targets,
          idempotencyKey: i.key,
          ackLinks: await ackLinksFor(deps, i, ctx.episode),
        });
      } catch (e) {
        if (drill) await recordDrillPage(deps, i, 'failed', (e instanceof Error ? e.message : String(e)).slice(0, 300));
        throw e;
      }
      // A drill's pages do not count towards anyone's workload, so drills never change who real incidents route to.
      if (drill) return recordDrillPage(deps, i, 'sent', null);
      return countPages(deps, i.targets);
    }
    case 'assign':
      return host.assign(i.incidentKey, i.accountId);
    case 'setPriority':
      return host.setPriority(i.incidentKey, i.priority);
    case 'addWatchers':
      for (const a of i.accountIds) await host.addWatcher(i.incidentKey, a);
      return;
    case 'addLabel':
      return host.addLabel(i.incidentKey, i.label);
    case 'comment':
      return host.addInternalComment(i.incidentKey, i.body);
    case 'notify': {
      // The template names audience and channel; each recipient's send has its own key under
      // this step, and a failed delivery is retried on its own without failing the escalation.
      const step = i.key.startsWith(`${i.incidentKey}/`) ? i.key.slice(i.incidentKey.length + 1) : i.key;
      await sendCommunication(deps, {
        incidentKey: i.incidentKey,
        templateId: i.templateId,
        sentBy: { type: 'rule', rule: `escalation step ${step}` },
        step,
        targets: i.targets,
        ...(ctx.state ? { state: ctx.state } : {}),
        ...(ctx.bridge ? { bridge: { url: ctx.bridge.details.url, ...(ctx.bridge.details.dialIn ? { dialIn: ctx.bridge.details.dialIn } : {}) } } : {}),
      });
      return;
    }
    case 'transition':
      return host.transition(i.incidentKey, i.transitionName);
  }
}

/**
 * Counts the page towards each person's workload. The page has gone out, so a failure here
 * must not fail the intent (a retry would page again); it only makes the count low.
 */
async function countPages(deps: ExecDeps, targets: readonly Target[]): Promise<void> {
  const people = targets.flatMap((t) => (t.type === 'user' ? [t.accountId] : []));
  if (!people.length) return;
  try {
    await deps.store.recordPages(people, deps.clock.now());
  } catch (e) {
    console.warn('could not count pages towards workload', e);
  }
}
