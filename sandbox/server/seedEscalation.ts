import type { ConfigView, Envelope, PolicySummary } from '../../src/contracts/resolvers.js';
import type { ForgeRuntime } from '../forge/index.js';
import { seedIntegrations } from '../seed/integrationsSeed.js';
import { seedHeartbeats, seedSyntheticChecks } from '../seed/heartbeatsSeed.js';
import { demoConfig, demoPolicy } from './defaultEscalationSettings.js';
import { seedCoordination } from './seedCoordination.js';

/** The demo Jira administrator, who owns the seeded configuration. */
export const SEED_ADMIN = 'sandbox-admin-adam';

export async function call<T>(runtime: ForgeRuntime, functionKey: string, payload: unknown): Promise<T> {
  const result = (await runtime.invokeResolver({
    moduleKey: 'escalation-admin',
    functionKey,
    payload,
    accountId: SEED_ADMIN,
  })) as Envelope<T>;
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
export async function seedEscalation(runtime: ForgeRuntime, now: number): Promise<boolean> {
  const policies = await call<PolicySummary[]>(runtime, 'listPolicies', {});
  const fresh = policies.length === 0;
  if (fresh) {
    const current = await call<ConfigView>(runtime, 'getConfig', {});
    await call(runtime, 'saveConfig', { config: demoConfig(current.config, now), reason: 'Sandbox demo configuration' });
    await call(runtime, 'savePolicy', { policy: demoPolicy, expectedVersion: 0, reason: 'Sandbox default escalation policy' });
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
  return fresh;
}
