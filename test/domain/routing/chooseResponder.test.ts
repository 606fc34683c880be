import type { Candidate } from '../../../src/domain/routing/candidate.js';
import { chooseResponder } from '../../../src/domain/routing/chooseResponder.js';
import type { RoutingWeights } from '../../../src/domain/routing/routingWeights.js';
import { AT, aCandidate, paymentsDbIncident } from './candidateBuilders.js';

const expert = aCandidate('ana', { skills: ['payments', 'database'], openIncidents: 1 });
const generalist = aCandidate('bo', { skills: ['kafka'] });
const offShiftExpert = aCandidate('cy', { onShift: false, skills: ['payments', 'database'] });

describe('chooseResponder', () => {
  test.each<[string, Candidate[], Partial<RoutingWeights>, string, string]>([
    ['the on-shift expert beats an idle generalist', [generalist, expert], {}, 'ana', 'score'],
    ['an on-shift generalist beats an idle off-shift expert', [offShiftExpert, generalist], {}, 'bo', 'on shift'],
    ['on shift wins even when the weights say otherwise', [offShiftExpert, generalist], { onShift: 0, expertise: 100 }, 'bo', 'on shift'],
    ['on shift wins even against a huge workload penalty', [offShiftExpert, aCandidate('bo', { openIncidents: 50 })], { onShift: 0, workload: 100 }, 'bo', 'on shift'],
    ['with nobody on shift the best off-shift candidate is chosen', [aCandidate('bo', { onShift: false }), offShiftExpert], {}, 'cy', 'score'],
    ['a tie on score goes to the lower workload', [aCandidate('ana', { openIncidents: 3 }), aCandidate('bo', { openIncidents: 1 })], { workload: 0 }, 'bo', 'lower workload'],
    ['a full tie goes to the smaller accountId', [aCandidate('bo'), aCandidate('ana')], {}, 'ana', 'account id'],
    ['a lone candidate is chosen', [generalist], {}, 'bo', 'only candidate'],
    ['a long queue outweighs a partial skills match', [aCandidate('ana', { skills: ['payments'], openIncidents: 12 }), aCandidate('bo')], {}, 'bo', 'score'],
    ['one open incident does not outweigh a full skills match', [aCandidate('ana', { skills: ['payments', 'database'], openIncidents: 1 }), aCandidate('bo')], {}, 'ana', 'score'],
  ])('%s', (_, candidates, weights, chosen, decidedBy) => {
    const choice = chooseResponder(candidates, paymentsDbIncident, weights, AT);
    expect(choice.chosen?.accountId).toBe(chosen);
    expect(choice.decidedBy).toBe(decidedBy);
  });

  test.each([
    [[expert, generalist, offShiftExpert]],
    [[offShiftExpert, generalist, expert]],
    [[generalist, offShiftExpert, expert]],
  ])('ranks the same whatever order the candidates arrive in (%#)', (candidates) => {
    const ranking = chooseResponder(candidates, paymentsDbIncident, {}, AT).ranking.map((b) => b.accountId);
    expect(ranking).toEqual(['ana', 'bo', 'cy']);
  });

  it('returns every candidate’s breakdown, not just the winner’s', () => {
    const choice = chooseResponder([expert, generalist, offShiftExpert], paymentsDbIncident, {}, AT);
    expect(choice.ranking.map((b) => [b.accountId, Number(b.score.toFixed(2))])).toEqual([
      ['ana', 2.8],
      ['bo', 2],
      ['cy', 1],
    ]);
    expect(choice.decidedAt).toBe(AT);
  });

  test.each<[string, Candidate[], string]>([
    ['a clear winner', [expert, aCandidate('bo', { openIncidents: 2 })], 'Chose Ana (score 2.80): on shift, matches skills payments, database; 1 open incident'],
    ['pages are mentioned when there are some', [aCandidate('ana', { skills: ['payments'], pagesLast24h: 3 })], 'Chose Ana (score 2.07): on shift, matches skills payments; no open incidents, 3 pages in the last 24 hours'],
    ['nobody on shift', [offShiftExpert], 'Nobody is on shift. Chose Cy (score 1.00): off shift, matches skills payments, database; no open incidents'],
    ['a tie', [aCandidate('bo'), aCandidate('ana')], 'Chose Ana (score 2.00): on shift, no matching skills; no open incidents; tied on score with Bo, chosen by account id'],
    ['no candidates', [], 'No candidates to choose from.'],
  ])('explains %s in plain words', (_, candidates, explanation) => {
    expect(chooseResponder(candidates, paymentsDbIncident, {}, AT).explanation).toBe(explanation);
  });
});
