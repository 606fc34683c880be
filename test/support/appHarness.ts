import type { Deps } from '../../src/app/shared/deps.js';
import type { RotationDto, ScheduleDto } from '../../src/contracts/oncall.js';
import { FixedAckLinkBase } from '../../src/adapters/memory/fixedAckLinkBase.js';
import { MemoryIncidentHost } from '../../src/adapters/memory/memoryIncidentHost.js';
import { MemoryAlertStore } from '../../src/adapters/memory/memoryAlertStore.js';
import { MemoryCommsStore } from '../../src/adapters/memory/memoryCommsStore.js';
import { MemoryNotifier } from '../../src/adapters/memory/memoryNotifier.js';
import { MemorySigningCertificates } from '../../src/adapters/memory/memorySigningCertificates.js';
import { MemoryOutboundHttp } from '../../src/adapters/memory/memoryOutboundHttp.js';
import { ManualClock, MemoryQueue } from '../../src/adapters/memory/memoryQueue.js';
import { MemoryStore } from '../../src/adapters/memory/memoryStore.js';
import { MemoryReviewIssues } from '../../src/adapters/memory/memoryReviewIssues.js';
import { MemoryReviewStore } from '../../src/adapters/memory/memoryReviewStore.js';
import { MemoryRecurrenceStore } from '../../src/adapters/memory/memoryRecurrenceStore.js';
import { MemoryCoordinationStore } from '../../src/adapters/memory/memoryCoordinationStore.js';
import { nextPolicyVersion } from '../../src/domain/policies/policyVersion.js';
import { aConfig, aPolicy, T0 } from './builders.js';

export const ADMIN = { accountId: 'admin-ada' };
export const AGENT = { accountId: 'agent-ana' };
export const CUSTOMER = { accountId: 'customer-cy' };

/** People the default policy pages; agents in ITOPS, so they may acknowledge. */
export const RESPONDERS = ['agent-ana', 'lead-lee', 'manager-max', 'director-dee', 'cio-cat'];
const AGENT_PERMISSIONS = ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'ADD_COMMENTS', 'ASSIGN_ISSUES'] as const;

/**
 * In-memory ports with the default config and policy saved, a Jira admin (so a policy admin),
 * agents in the ITOPS "Service Desk Team" role (initiators and responders) and a customer.
 */
export async function appHarness() {
  const clock = new ManualClock(T0);
  const host = new MemoryIncidentHost(() => clock.now());
  const store = new MemoryStore(() => clock.now());
  const notifier = new MemoryNotifier();
  const queue = new MemoryQueue();
  const http = new MemoryOutboundHttp();
  const alerts = new MemoryAlertStore(() => clock.now());
  const comms = new MemoryCommsStore(() => clock.now());
  const reviews = { store: new MemoryReviewStore(() => clock.now()), issues: new MemoryReviewIssues(), recurrence: new MemoryRecurrenceStore() };
  const certificates = new MemorySigningCertificates();
  const coordination = new MemoryCoordinationStore();
  const deps: Deps = { host, store, notifier, queue, clock, links: new FixedAckLinkBase(), http, alerts, comms, reviews, certificates, coordination };
  await store.saveConfig(aConfig());
  await store.savePolicyVersion(nextPolicyVersion(aPolicy(), 0, ADMIN.accountId, 'initial policy', T0 - 86_400_000));
  host.admins.add(ADMIN.accountId);
  host.addUser(ADMIN.accountId, { groups: ['jira-administrators'] });
  for (const id of RESPONDERS) {
    host.addUser(id, { groups: ['jira-servicemanagement-users'], roles: { ITOPS: ['Service Desk Team'] } });
    host.permissions.set(id, new Set(AGENT_PERMISSIONS));
  }
  host.addUser(CUSTOMER.accountId, { roles: { ITOPS: ['Service Desk Customers'] } });
  host.permissions.set(CUSTOMER.accountId, new Set());
  return { deps, clock, host, store, notifier, queue, http, alerts, comms, reviews, certificates, coordination };
}

/** The query of a link the way a webtrigger request carries it: each parameter as a list. */
export function linkQuery(url: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URL(url).searchParams) (out[k] ??= []).push(v);
  return out;
}

/** A schedule as the admin UI sends it: daily London handoffs at 09:00 from T0's day. */
export function aScheduleInput(overrides: Partial<ScheduleDto> = {}, rotation: Partial<RotationDto> = {}): ScheduleDto {
  return {
    id: 'ops-primary',
    name: 'Ops primary',
    timeZone: 'Europe/London',
    layers: [{ name: 'Primary', rotation: { kind: 'daily', handoffTime: '09:00', timeZone: 'Europe/London', participants: ['agent-ana', 'lead-lee'], startDate: '2026-11-27', ...rotation } }],
    overrides: [],
    ...overrides,
  };
}
