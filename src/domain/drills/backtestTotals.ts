import type { BacktestTotals } from '../../contracts/backtest.js';
import type { SimulationSummary } from './simulation.js';

/** Sums one side of a backtest. Mean time to first page counts only incidents that were paged. */
export function backtestTotals(summaries: readonly { summary: SimulationSummary; createdAt: number }[]): BacktestTotals {
  let pages = 0, personPages = 0, woken = 0, breached = 0, level2 = 0, paged = 0, toFirst = 0;
  for (const { summary: s, createdAt } of summaries) {
    pages += s.pages;
    personPages += s.personPages;
    woken += s.woken.length;
    if (s.breachedResponse) breached++;
    if (Object.values(s.levelsReached).some((l) => (l ?? 0) >= 2)) level2++;
    if (s.firstPageAt !== null) { paged++; toFirst += s.firstPageAt - createdAt; }
  }
  return {
    incidents: summaries.length, pages, personPages, woken, breachedResponse: breached, reachedLevel2: level2,
    meanMinutesToFirstPage: paged ? Math.round(toFirst / paged / 60_000 * 10) / 10 : null,
  };
}
