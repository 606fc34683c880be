import type { DemoIncident, DemoPriority, DemoStatus } from './demoIncidents.js';

const PRIORITIES: readonly DemoPriority[] = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];
const SERVICES: readonly DemoIncident['service'][] = ['Payments', 'Email', 'Intranet', 'Mainframe billing'];
const IMPACTS: readonly DemoIncident['impact'][] = ['Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized'];
const URGENCIES: readonly DemoIncident['urgency'][] = ['Critical', 'High', 'Medium', 'Low'];
const AGENTS = ['sandbox-agent-ana', 'sandbox-agent-ben', 'sandbox-lead-lena', 'sandbox-lead-omar'];

/** A small deterministic generator, so that every benchmark run searches the same issues. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/**
 * `count` incidents raised over the last 30 days in a realistic mix: most resolved, some in
 * progress or waiting for the customer, a third carrying an `escalation` property with the next
 * evaluation time the app would have scheduled (relative to `nowMs`).
 */
export function bulkIncidents(count: number, nowMs: number, seed = 42): DemoIncident[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i): DemoIncident => {
    const ageMin = 5 + Math.floor(next() * 30 * 24 * 60);
    const roll = next();
    const agent = pick(next, AGENTS);
    const end: DemoStatus = roll < 0.6 ? 'Resolved' : roll < 0.85 ? 'In Progress' : roll < 0.95 ? 'Waiting for customer' : 'Open';
    const moves = end === 'Open' ? [] : [{ at: Math.min(ageMin - 1, 10 + Math.floor(next() * 120)), to: end, by: agent }];
    const escalated = next() < 0.33;
    return {
      summary: `Generated incident ${i + 1}`,
      priority: pick(next, PRIORITIES),
      impact: pick(next, IMPACTS),
      urgency: pick(next, URGENCIES),
      service: pick(next, SERVICES),
      ageMin,
      ...(end === 'Open' ? {} : { assignee: agent }),
      moves,
      comments: end === 'Open' ? [] : [{ at: moves[0]?.at ?? 1, by: agent, text: 'Looking into it.' }],
      ...(escalated ? { properties: { escalation: { tier: 1 + Math.floor(next() * 3), nextEvaluationEpochMs: nowMs + Math.floor((next() - 0.5) * 4 * 3_600_000) } } } : {}),
    };
  });
}
