import { DEFAULT_ROUTING_WEIGHTS } from '../../../src/domain/routing/routingWeights.js';
import { relevantTags, scoreCandidate } from '../../../src/domain/routing/scoreCandidate.js';
import { aCandidate } from './candidateBuilders.js';

describe('relevantTags', () => {
  test.each([
    [{ service: 'payments', components: ['database'], labels: ['p1'] }, ['payments', 'database', 'p1']],
    [{ service: 'Payments', components: [' payments '], labels: ['PAYMENTS'] }, ['payments']],
    [{ service: '', components: [], labels: ['  '] }, []],
  ])('%j gives %j', (incident, tags) => {
    expect(relevantTags(incident)).toEqual(tags);
  });
});

describe('scoreCandidate with the default weights (on shift 2, expertise 1, workload 1) against tags payments, database', () => {
  const tags = ['payments', 'database'];

  test.each([
    ['on shift, both skills, idle', aCandidate('ana', { skills: ['payments', 'database'] }), ['payments', 'database'], 1, 0, 3],
    ['on shift, one skill, 1 open incident', aCandidate('bo', { skills: ['Payments', 'kafka'], openIncidents: 1 }), ['payments'], 0.5, 0.2, 2.3],
    ['off shift, no skills, load 4 (half point)', aCandidate('cy', { onShift: false, openIncidents: 2, pagesLast24h: 2 }), [], 0, 0.5, -0.5],
    ['on shift, no skills, 12 pages', aCandidate('dee', { pagesLast24h: 12 }), [], 0, 0.75, 1.25],
  ])('%s', (_, candidate, matchedSkills, expertise, workload, score) => {
    const breakdown = scoreCandidate(candidate, tags, DEFAULT_ROUTING_WEIGHTS);
    expect(breakdown).toMatchObject({ matchedSkills, expertise, workload });
    expect(breakdown.score).toBeCloseTo(score, 9);
    expect(breakdown.points.onShift + breakdown.points.expertise + breakdown.points.workload).toBeCloseTo(score, 9);
  });

  it('scores a candidate the same whoever else is in the pool', () => {
    const ana = aCandidate('ana', { openIncidents: 1 });
    expect(scoreCandidate(ana, tags, DEFAULT_ROUTING_WEIGHTS).workload).toBe(0.2);
  });

  it('counts no expertise when the incident has no tags', () => {
    expect(scoreCandidate(aCandidate('ana', { skills: ['payments'] }), [], DEFAULT_ROUTING_WEIGHTS).expertise).toBe(0);
  });
});
