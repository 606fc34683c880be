import type { ConfigView, Envelope, PolicySummary } from '../../src/contracts/resolvers.js';
import type { ForgeRuntime } from '../forge/index.js';
import { seedIntegrations } from '../seed/integrationsSeed.js';
import { seedHeartbeats, seedSyntheticChecks } from '../seed/heartbeatsSeed.js';
import { ONCALL_SCHEDULES } from '../seed/onCallRotations.js';
import { demoConfig, demoPolicy } from './defaultEscalationSettings.js';
import { seedCoordination } from './seedCoordination.js';
import { seedShowcaseComms } from './seedShowcaseComms.js';
import { showcaseConfig, showcasePolicy } from './showcaseSettings.js';

/** The demo Jira administrator, who owns the seeded configuration. */
export const SEED_ADMIN = 'sandbox-admin-adam';

/**
 * What `npm start` seeds: `showcase` is the product as a newcomer should meet it (on-call
 * rotations, P1 paged at once on several channels with a bridge, stakeholders following
 * services); `fixture` is the lighter demo the sandbox tests build on (SLA-driven pages by
 * email), kept as it was so their virtual hours stay cheap.
 */
export type DemoSeed = 'fixture' | 'showcase';

export async function call<T>(runtime: ForgeRuntime, functionKey: string, payload: unknown): Promise<T> {
  return callAs(runtime, SEED_ADMIN, 'escalation-admin', functionKey, payload);
}

async function callAs<T>(runtime: ForgeRuntime, accountId: string, moduleKey: string, functionKey: string, payload: unknown): Promise<T> {
  const result = (await runtime.invokeResolver({ moduleKey, functionKey, payload, accountId })) as Envelope<T>;
  if (!result.ok) {
    const fields = result.error.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    throw new Error(`seeding ${functionKey} was refused: ${result.error.code} ${result.error.message} ${fields}`);
  }
  return result.data;
}

/**
 * Gives the app its demo configuration and default policy by calling its own admin resolvers
 * as the demo admin, so the seed passes the same validation and permission checks as the admin
 * page. Runs only while the app has no policy, so a restart never overwrites an admin's edits.
 */
export async function seedEscalation(runtime: ForgeRuntime, now: number, demo: DemoSeed = 'fixture'): Promise<boolean> {
  const policies = await call<PolicySummary[]>(runtime, 'listPolicies', {});
  const fresh = policies.length === 0;
  const showcase = demo === 'showcase';
  if (fresh) {
    const current = await call<ConfigView>(runtime, 'getConfig', {});
    const config = showcase ? showcaseConfig(current.config, now) : demoConfig(current.config, now);
    await call(runtime, 'saveConfig', { config, reason: 'Sandbox demo configuration' });
    // The rotations first: a policy may only page schedules that exist.
    if (showcase) for (const schedule of ONCALL_SCHEDULES) await call(runtime, 'saveSchedule', { schedule, reason: 'Sandbox on-call rotation' });
    await call(runtime, 'savePolicy', { policy: showcase ? showcasePolicy : demoPolicy, expectedVersion: 0, reason: 'Sandbox default escalation policy' });
    // A quarterly drill programme to show the Drills tab. Off, so the hourly trigger never opens
    // a drill (new issues, pages) under other demos and tests; "Run now" works regardless.
    await call(runtime, 'saveDrillProgramme', { programme: {
      id: 'itops-quarterly', name: 'ITOPS quarterly fire drill', policyId: demoPolicy.id, cadenceMonths: 3, window: 'workingHours',
      timeZone: 'Europe/London', enabled: false, scenario: { priority: 'P3', path: 'technical', includePaths: ['technical'], mustNotAckLevels: [1], timeLimitMinutes: 60 },
    } });
  }
  // After the configuration, whose services they name; each missing one is added on every start.
  await seedIntegrations((functionKey, payload) => call(runtime, functionKey, payload));
  // After the integrations, whose pipeline a missed heartbeat goes through.
  await seedHeartbeats((functionKey, payload) => call(runtime, functionKey, payload), (request) => runtime.invokeWebtrigger('alert-ingest', request));
  await seedSyntheticChecks((functionKey, payload) => call(runtime, functionKey, payload));
  // Teams, their rotations and the Payments joint protocol (issue 18), when there are no teams yet.
  await seedCoordination((functionKey, payload) => call(runtime, functionKey, payload));
  // After coordination, which stores the Slack bot token these settings keep.
  if (fresh && showcase) {
    await seedShowcaseComms((functionKey, payload) => call(runtime, functionKey, payload),
      (accountId, moduleKey, functionKey, payload) => callAs(runtime, accountId, moduleKey, functionKey, payload));
  }
  return fresh;
}
