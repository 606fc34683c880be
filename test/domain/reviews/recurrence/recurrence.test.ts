import { defaultRecurrenceSettings, type ClusterProblem, type RecurrenceMember } from '../../../../src/contracts/recurrence.js';
import { assignCluster } from '../../../../src/domain/reviews/recurrence/assignCluster.js';
import { clusterViews } from '../../../../src/domain/reviews/recurrence/clusterViews.js';
import { problemDue } from '../../../../src/domain/reviews/recurrence/problemDue.js';
import { recurrenceScope } from '../../../../src/domain/reviews/recurrence/recurrenceScope.js';
import { relatedBy, type RecurrenceFacts } from '../../../../src/domain/reviews/recurrence/relatedBy.js';
import { runbookRevisionDue } from '../../../../src/domain/reviews/recurrence/runbookRevisionDue.js';
import { summarySimilarity, summaryWords } from '../../../../src/domain/reviews/recurrence/summarySimilarity.js';

const NOW = Date.parse('2026-12-04T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
const settings = defaultRecurrenceSettings;

const facts = (over: Partial<RecurrenceFacts> = {}): RecurrenceFacts => ({
  incidentKey: 'ITOPS-9', scope: 'Payments', summary: 'Payment gateway timeouts for EU customers', at: daysAgo(0), fingerprint: null, causeCategory: null, ...over,
});
const member = (over: Partial<RecurrenceMember> = {}): RecurrenceMember => ({
  schema: 1, ...facts(), clusterId: over.incidentKey ?? 'ITOPS-9', matchedBy: null, matchedWith: null, ...over,
});

describe('summary words and similarity', () => {
  it.each([
    ['Payment gateway timeouts for EU customers', ['customer', 'gateway', 'payment', 'timeout']],
    ['Payment gateway: 503s on node-12 (ticket 4411)', ['gateway', 'node', 'payment', 'ticket']],
    ['Access denied to the class list', ['access', 'class', 'denied', 'list']],
    ['!!', []],
  ])('"%s" has the words %j', (summary, words) => {
    expect([...summaryWords(summary)].sort()).toEqual(words);
  });

  it.each([
    ['Payment gateway timeouts for EU customers', 'Payment gateway timeout at checkout', 0.6],
    ['Payment gateway timeouts for EU customers', 'payment GATEWAY timeout, customers', 1],
    ['Payment gateway timeouts for EU customers', 'Outbound email queued for hours', 0],
    ['', 'Payment gateway timeouts', 0],
  ])('"%s" and "%s" are %d alike', (a, b, expected) => {
    expect(summarySimilarity(a, b)).toBeCloseTo(expected, 5);
  });
});

describe('the scope recurrences are looked for in', () => {
  it.each([
    ['Payments', ['gateway'], 'Payments'],
    [null, ['gateway', 'api'], 'component:gateway'],
    [null, [], null],
  ] as const)('service %s with components %j is scope %s', (service, components, scope) => {
    expect(recurrenceScope(service, components)).toBe(scope);
  });
});

describe('when two incidents are related', () => {
  it.each([
    ['the same fingerprint, whatever the summaries', facts({ fingerprint: 'fp-1', summary: 'A' }), facts({ incidentKey: 'ITOPS-2', fingerprint: 'fp-1', summary: 'Something else' }), 'fingerprint'],
    ['the same known root-cause category', facts({ causeCategory: 'change', summary: 'Checkout broken' }), facts({ incidentKey: 'ITOPS-2', causeCategory: 'change', summary: 'Refunds stuck' }), 'rootCause'],
    ['"unknown" root causes alone', facts({ causeCategory: 'unknown', summary: 'Checkout broken' }), facts({ incidentKey: 'ITOPS-2', causeCategory: 'unknown', summary: 'Refunds stuck' }), null],
    ['similar summaries', facts(), facts({ incidentKey: 'ITOPS-2', summary: 'Payment gateway timeout at checkout' }), 'summary'],
    ['summaries below the similarity', facts(), facts({ incidentKey: 'ITOPS-2', summary: 'Payment refunds delayed' }), null],
    ['the same summary on another service', facts(), facts({ incidentKey: 'ITOPS-2', scope: 'Email' }), null],
    ['an incident and itself', facts(), facts(), null],
  ] as const)('%s → %s', (_name, a, b, expected) => {
    expect(relatedBy(a, b, settings)).toBe(expected);
  });
});

describe('the cluster an incident joins', () => {
  it('starts its own cluster when nothing is related', () => {
    expect(assignCluster(facts(), [member({ incidentKey: 'ITOPS-2', summary: 'Outbound email queued' })], settings))
      .toEqual({ ...member(), clusterId: 'ITOPS-9', matchedBy: null, matchedWith: null });
  });

  it('joins the cluster of a similar incident, not the incident\'s own key', () => {
    const joined = assignCluster(facts(), [member({ incidentKey: 'ITOPS-5', clusterId: 'ITOPS-2', summary: 'Payment gateway timeout at checkout', at: daysAgo(10) })], settings);
    expect(joined).toMatchObject({ clusterId: 'ITOPS-2', matchedBy: 'summary', matchedWith: 'ITOPS-5' });
  });

  it('prefers a fingerprint match to a summary match, and the most recent among equals', () => {
    const members = [
      member({ incidentKey: 'ITOPS-2', clusterId: 'ITOPS-2', summary: 'Payment gateway timeouts', at: daysAgo(1) }),
      member({ incidentKey: 'ITOPS-3', clusterId: 'ITOPS-3', summary: 'Other', fingerprint: 'fp', at: daysAgo(40) }),
      member({ incidentKey: 'ITOPS-4', clusterId: 'ITOPS-4', summary: 'Other', fingerprint: 'fp', at: daysAgo(20) }),
    ];
    expect(assignCluster(facts({ fingerprint: 'fp' }), members, settings)).toMatchObject({ clusterId: 'ITOPS-4', matchedBy: 'fingerprint' });
  });

  it('ignores related incidents outside the window', () => {
    const old = member({ incidentKey: 'ITOPS-2', clusterId: 'ITOPS-2', at: daysAgo(91) });
    expect(assignCluster(facts(), [old], settings).clusterId).toBe('ITOPS-9');
    expect(assignCluster(facts(), [old], { ...settings, windowDays: 120 }).clusterId).toBe('ITOPS-2');
  });
});

describe('the three-related rule', () => {
  const cluster = (ages: number[]) => ages.map((d, i) => member({ incidentKey: `ITOPS-${i + 1}`, clusterId: 'ITOPS-1', at: daysAgo(d) }));
  const problem = (linked: string[]): ClusterProblem => ({ schema: 1, clusterId: 'ITOPS-1', scope: 'Payments', issueKey: 'ITOPS-50', openedAt: daysAgo(1), linked });

  it.each([
    ['two related incidents', [30, 2], null, { kind: 'none' }],
    ['three within 90 days', [89, 30, 0], null, { kind: 'open', incidents: ['ITOPS-1', 'ITOPS-2', 'ITOPS-3'] }],
    ['three, one of them 91 days ago', [91, 30, 0], null, { kind: 'none' }],
    ['four, one outside: the three inside', [120, 60, 30, 0], null, { kind: 'open', incidents: ['ITOPS-2', 'ITOPS-3', 'ITOPS-4'] }],
    ['a problem with every member linked', [60, 30, 0], ['ITOPS-1', 'ITOPS-2', 'ITOPS-3'], { kind: 'none' }],
    ['a problem and a fourth recurrence', [60, 30, 10, 0], ['ITOPS-1', 'ITOPS-2', 'ITOPS-3'], { kind: 'link', incidents: ['ITOPS-4'] }],
  ] as const)('%s → %j', (_name, ages, linked, expected) => {
    expect(problemDue(cluster([...ages]), linked ? problem([...linked]) : null, settings, NOW)).toEqual(expected);
  });

  it('opens nothing while recurrence is turned off, and a threshold of 2 opens on the second', () => {
    expect(problemDue(cluster([30, 20, 0]), null, { ...settings, enabled: false }, NOW)).toEqual({ kind: 'none' });
    expect(problemDue(cluster([30, 0]), null, { ...settings, threshold: 2 }, NOW)).toMatchObject({ kind: 'open' });
  });
});

describe('the clusters list', () => {
  it('counts over 30 and 90 days and the window, tells the trend, leaves single incidents out', () => {
    const members = [
      member({ incidentKey: 'ITOPS-1', clusterId: 'ITOPS-1', at: daysAgo(100), summary: 'Payment gateway timeouts' }),
      member({ incidentKey: 'ITOPS-2', clusterId: 'ITOPS-1', at: daysAgo(45) }),
      member({ incidentKey: 'ITOPS-3', clusterId: 'ITOPS-1', at: daysAgo(10) }),
      member({ incidentKey: 'ITOPS-4', clusterId: 'ITOPS-1', at: daysAgo(1) }),
      member({ incidentKey: 'ITOPS-7', clusterId: 'ITOPS-7', scope: 'Email', summary: 'Mail queued', at: daysAgo(5) }),
      member({ incidentKey: 'ITOPS-8', clusterId: 'ITOPS-8', scope: 'Email', summary: 'Mail relay down', at: daysAgo(50) }),
      member({ incidentKey: 'ITOPS-9', clusterId: 'ITOPS-8', scope: 'Email', summary: 'Mail relay down', at: daysAgo(20) }),
    ];
    const problems: ClusterProblem[] = [{ schema: 1, clusterId: 'ITOPS-1', scope: 'Payments', issueKey: 'ITOPS-50', openedAt: daysAgo(10), linked: ['ITOPS-2', 'ITOPS-3'] }];
    const views = clusterViews(members, problems, settings, NOW);
    expect(views.map((v) => [v.id, v.last30Days, v.last90Days, v.inWindow, v.trend, v.problem?.issueKey ?? null])).toEqual([
      ['ITOPS-1', 2, 3, 3, 'rising', 'ITOPS-50'],
      ['ITOPS-8', 1, 2, 2, 'steady', null],
    ]);
    expect(views[0]).toMatchObject({ scope: 'Payments', title: 'Payment gateway timeouts', lastAt: daysAgo(1) });
    expect(views[0]!.incidents.map((i) => i.key)).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-3', 'ITOPS-4']);
  });

  it('calls a cluster falling when the last 30 days saw fewer than the 30 before', () => {
    const members = [35, 40, 20].map((d, i) => member({ incidentKey: `ITOPS-${i + 1}`, clusterId: 'ITOPS-1', at: daysAgo(d) }));
    expect(clusterViews(members, [], settings, NOW)[0]!.trend).toBe('falling');
  });
});

describe('runbook revision due dates', () => {
  it.each([
    ['six months after the last revision', '2026-01-31T09:00:00.000Z', null, 6, '2026-07-31T09:00:00.000Z', '6 months after the last revision'],
    ['month ends clamp', '2026-08-31T09:00:00.000Z', null, 6, '2027-02-28T09:00:00.000Z', '6 months after the last revision'],
    ['at once when a problem asked for it', '2026-10-01T09:00:00.000Z', { by: 'recurrence', at: '2026-11-20T10:00:00.000Z', issueKey: 'ITOPS-50' }, 6, '2026-11-20T10:00:00.000Z', 'revision asked for by ITOPS-50'],
    ['a request after the scheduled date changes nothing', '2026-01-01T00:00:00.000Z', { by: 'a', at: '2026-09-01T00:00:00.000Z', issueKey: 'ITOPS-3' }, 6, '2026-07-01T00:00:00.000Z', '6 months after the last revision'],
  ])('%s', (_name, lastRevisedAt, revisionRequested, months, due, reason) => {
    const r = runbookRevisionDue({ lastRevisedAt, revisionRequested }, months);
    expect([new Date(r.dueAtMs).toISOString(), r.reason]).toEqual([due, reason]);
  });
});
