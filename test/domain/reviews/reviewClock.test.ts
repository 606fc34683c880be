import { emptyReviewContent } from '../../../src/contracts/reviewContent.js';
import type { ReviewRecord } from '../../../src/contracts/reviewRecord.js';
import { defaultReviewSettings } from '../../../src/contracts/reviewSettings.js';
import { pauseReview, resumeReview, reviewDue, reviewDueAt } from '../../../src/domain/reviews/reviewClock.js';

const H = 3_600_000;
/** Resolved and opened Monday 10:00 UTC; due Wednesday 10:00; reminder Wednesday 06:00. */
const OPENED = Date.parse('2026-11-30T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const aReview = (o: Partial<ReviewRecord> = {}): ReviewRecord => ({
  schema: 1, incidentKey: 'ITOPS-1', issueKey: 'ITOPS-90', status: 'open', ownerAccountId: 'agent-ana', ownerSource: 'escalation',
  policyId: 'default', priority: 'P1', pathsReached: ['executive'], openedAt: iso(OPENED), linkedAt: iso(OPENED), resolvedAt: iso(OPENED),
  dueAt: iso(OPENED + 48 * H), pausedAt: null, pausedTotalMs: 0, remindedAt: null, overdueEscalatedAt: null, timerAt: null,
  completedAt: null, completedBy: null, content: emptyReviewContent, findings: [], ...o,
});

describe('reviewDueAt', () => {
  it('is 48 hours after resolution by default, and follows the configured hours', () => {
    expect(iso(reviewDueAt(OPENED, defaultReviewSettings))).toBe('2026-12-02T10:00:00.000Z');
    expect(iso(reviewDueAt(OPENED, { ...defaultReviewSettings, dueHours: 24 }))).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('reviewDue (48 h, reminder 4 h before)', () => {
  it.each([
    ['just opened', aReview(), OPENED, [], OPENED + 44 * H],
    ['a minute before the reminder', aReview(), OPENED + 44 * H - 60_000, [], OPENED + 44 * H],
    ['at the reminder', aReview(), OPENED + 44 * H, ['remind'], OPENED + 48 * H],
    ['reminded, before due', aReview({ remindedAt: iso(OPENED + 44 * H) }), OPENED + 47 * H, [], OPENED + 48 * H],
    ['reminded, at due', aReview({ remindedAt: iso(OPENED + 44 * H) }), OPENED + 48 * H, ['escalateOverdue'], null],
    ['never reminded and already overdue: escalated, not reminded', aReview(), OPENED + 50 * H, ['escalateOverdue'], null],
    ['escalated already', aReview({ remindedAt: iso(OPENED + 44 * H), overdueEscalatedAt: iso(OPENED + 48 * H) }), OPENED + 60 * H, [], null],
    ['paused', aReview({ pausedAt: iso(OPENED + H) }), OPENED + 50 * H, [], null],
    ['completed', aReview({ status: 'completed' }), OPENED + 50 * H, [], null],
  ])('%s', (_name, review, now, steps, nextAtMs) => {
    expect(reviewDue(review, defaultReviewSettings, now)).toEqual({ steps, nextAtMs });
  });

  it('a reminder lead longer than the review itself reminds at opening, never before', () => {
    expect(reviewDue(aReview(), { ...defaultReviewSettings, reminderHoursBefore: 72 }, OPENED)).toEqual({ steps: ['remind'], nextAtMs: OPENED + 48 * H });
  });
});

describe('pauseReview and resumeReview', () => {
  it('stops the clock, then moves the due time by exactly the time paused, across two pauses', () => {
    const paused = pauseReview(aReview({ timerAt: iso(OPENED + 900_000) }), OPENED + 2 * H);
    expect(paused).toMatchObject({ pausedAt: iso(OPENED + 2 * H), timerAt: null });
    const resumed = resumeReview(paused, OPENED + 5 * H);
    expect(resumed).toMatchObject({ pausedAt: null, pausedTotalMs: 3 * H, dueAt: iso(OPENED + 51 * H) });
    const again = resumeReview(pauseReview(resumed, OPENED + 6 * H), OPENED + 6 * H + 30 * 60_000);
    expect(again).toMatchObject({ pausedTotalMs: 3.5 * H, dueAt: iso(OPENED + 51.5 * H) });
  });

  it('pausing twice keeps the first pause; resuming a running review changes nothing', () => {
    const paused = pauseReview(aReview(), OPENED + H);
    expect(pauseReview(paused, OPENED + 3 * H)).toBe(paused);
    const running = aReview();
    expect(resumeReview(running, OPENED + 3 * H)).toBe(running);
  });
});
