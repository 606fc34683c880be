import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { createJiraSite } from '../sandbox/jira/index.js';
import { bulkIncidents } from '../sandbox/seed/bulkIncidents.js';
import { seedDirectory, seedIncidents } from '../sandbox/seed/seedDemo.js';

const ISSUES = 50_000;
const RUNS = 5;
const NOW = new Date('2026-11-25T14:00:00.000Z');

/**
 * Seeds 50,000 incidents into an in-memory SQLite site and times the search the escalation
 * sweep runs (first page of 100, as the app) through the site's own request handler. Reports the
 * median of five runs after one warm-up, in milliseconds.
 */
export async function runSandboxSearchBench(): Promise<{ sandbox: { searchJql: { ms: { n50000: number } } } }> {
  const site = createJiraSite({ db: new Database(':memory:'), clock: () => NOW });
  seedDirectory(site);
  seedIncidents(site, bulkIncidents(ISSUES, NOW.getTime()), NOW);
  const jql = `project = ITOPS AND statusCategory != Done AND (issue.property[escalation].nextEvaluationEpochMs <= ${NOW.getTime()} OR "Time to resolution" < remaining("30m"))`;
  const request = {
    method: 'POST',
    path: '/rest/api/3/search/jql',
    query: {},
    headers: {},
    actor: 'app' as const,
    body: JSON.stringify({ jql, maxResults: 100, fields: ['summary', 'status', 'priority', 'assignee', 'customfield_10030'], properties: ['escalation'] }),
  };
  const timings: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const res = await site.handle(request);
    const elapsed = performance.now() - start;
    if (res.status !== 200) throw new Error(`search failed: ${res.status} ${res.body}`);
    if (run > 0) timings.push(elapsed);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)] ?? Number.NaN;
  return { sandbox: { searchJql: { ms: { n50000: Math.round(median * 10) / 10 } } } };
}
