import { defaultReviewSettings } from '../../../src/contracts/reviewSettings.js';
import { requiresReview, type ReviewFacts } from '../../../src/domain/reviews/requiresReview.js';

const facts = (o: Partial<ReviewFacts>): ReviewFacts => ({ escalated: true, priority: 'P3', pathsReached: ['technical'], service: 'Payments', ...o });

describe('requiresReview with the default rule (escalated P1–P2, or reached managerial/executive)', () => {
  it.each([
    ['an escalated P1', facts({ priority: 'P1' }), true, 'escalated at P1'],
    ['an escalated P2', facts({ priority: 'P2' }), true, 'escalated at P2'],
    ['a P3 that reached the managerial path', facts({ pathsReached: ['managerial', 'technical'] }), true, 'reached the managerial path'],
    ['a P4 that reached the executive path', facts({ priority: 'P4', pathsReached: ['executive'] }), true, 'reached the executive path'],
    ['a P3 on the technical path only', facts({}), false, 'P3 on the technical path needs no review'],
    ['a P1 never escalated', facts({ priority: 'P1', escalated: false }), false, 'never escalated'],
  ])('%s → %s', (_name, f, required, reason) => {
    expect(requiresReview(defaultReviewSettings, f)).toEqual({ required, reason });
  });
});

describe('requiresReview with configured rules', () => {
  it.each([
    ['services listed, incident on another', { services: ['Email'] }, facts({ priority: 'P1' }), false],
    ['services listed, incident on one of them', { services: ['Payments'] }, facts({ priority: 'P1' }), true],
    ['services listed, incident without a service', { services: ['Payments'] }, facts({ priority: 'P1', service: null }), false],
    ['P3 added to the priorities', { priorities: ['P3' as const] }, facts({}), true],
    ['paths emptied: only priority counts', { paths: [] }, facts({ pathsReached: ['executive'] }), false],
    ['turned off', { enabled: false }, facts({ priority: 'P1' }), false],
  ])('%s → %s', (_name, override, f, required) => {
    expect(requiresReview({ ...defaultReviewSettings, ...override }, f).required).toBe(required);
  });
});
