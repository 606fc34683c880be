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
import { nameMentionedPeople } from '../people/nameMentionedPeople.js';

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

/** How often, and how long apart, to look again at an intent another run is carrying out. */
const HELD_RETRIES = 5;
const HELD_WAIT_MS = 200;

/**
 * Another run holds an intent's claim and has not completed it. The step is not done, so the
 * caller must not save the state that says it is: it fails, and the sweep or timer retries
 * (after the holder completes, or once a dead holder's lease lapses).
 */
export class IntentInFlightError extends Error {
  constructor(readonly intentKey: string) {
    super(`${intentKey} is being carried out by another run; retry later`);
  }
}

/**
 * Carries out intents in order, each once per idempotency key: claim the key, act, mark it
 * done. A failure releases the claim and stops, so the caller does not save the new state and
 * a retry decides the same step again, skipping what was already done. Only a completed intent
 * is skipped: one that another run holds stops this run (IntentInFlightError), since skipping
 * it and saving the state would lose the step if that run died mid-action.
 */
export async function executeIntents(deps: ExecDeps, intents: readonly Intent[], ctx: ExecutionContext): Promise<ExecutionReport> {
  const report: ExecutionReport = { done: [], skipped: [] };
  for (const intent of intents) {
    const claim = await claim_(deps, intent.key);
    if (claim === 'done') {
      report.skipped.push(intent.key);
      continue;
    }
    try {
      // A dead run may have acted before dying: where the receiver can tell, do not act twice.
      if (claim !== 'reclaimed' || !(await alreadyDone(deps, intent))) await perform(deps, intent, ctx);
    } catch (err) {
      await deps.store.releaseIntent(intent.key).catch(() => undefined);
      throw err;
    }
    await deps.store.completeIntent(intent.key);
    report.done.push(intent.key);
  }
  return report;
}

/** Claims, waiting a little for a run that holds the claim right now (typically ms from done). */
async function claim_(deps: ExecDeps, key: string): Promise<'claimed' | 'reclaimed' | 'done'> {
  for (let attempt = 0; ; attempt++) {
    const c = await deps.store.claimIntentOutcome(key, LEASE_SECONDS);
    if (c !== 'held') return c;
    if (attempt >= HELD_RETRIES) throw new IntentInFlightError(key);
    await new Promise((resolve) => setTimeout(resolve, HELD_WAIT_MS));
  }
}

/** Whether a lapsed claim's action is visibly done already; only comments can be checked. */
async function alreadyDone(deps: ExecDeps, i: Intent): Promise<boolean> {
  if (i.kind === 'comment') return deps.host.hasInternalComment(i.incidentKey, await nameMentionedPeople(deps.host, i.body));
  return false;
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
      // People read comments: name them as Jira does, not by account id.
      return host.addInternalComment(i.incidentKey, await nameMentionedPeople(host, i.body));
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
