import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { causeCategories, type ReviewContent } from '../../../src/contracts/reviewContent.js';
import type { ReviewView } from '../../../src/contracts/reviewView.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { notify } from '../../shared/notify.js';
import { input, stack } from '../../shared/styles.js';
import type { ApplyReview } from './useReview.js';

/** What happened, impact and root cause, saved together. */
export function ReviewContentForm({ view, apply, disabled }: { view: ReviewView; apply: ApplyReview; disabled: boolean }) {
  const [content, setContent] = useState<ReviewContent>(view.review.content);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const ids = { what: useId(), impact: useId(), cause: useId(), causeText: useId() };
  const set = (patch: Partial<ReviewContent>) => setContent((c) => ({ ...c, ...patch }));

  async function save() {
    setBusy(true);
    setError(null);
    const r = await apply(invokeResolver('saveReviewContent', { issueKey: view.review.incidentKey, content }));
    setBusy(false);
    if (r.ok) notify('Review saved');
    else setError(r.error);
  }

  return (
    <div style={stack} data-testid="review-content-form">
      <label htmlFor={ids.what} style={stack}>What happened
        <textarea id={ids.what} style={input} rows={3} value={content.whatHappened} disabled={disabled} data-testid="review-what-happened"
          onChange={(e) => set({ whatHappened: e.target.value })} />
      </label>
      <label htmlFor={ids.impact} style={stack}>Impact
        <textarea id={ids.impact} style={input} rows={2} value={content.impact.summary} disabled={disabled} data-testid="review-impact"
          onChange={(e) => set({ impact: { ...content.impact, summary: e.target.value } })} />
      </label>
      <label htmlFor={ids.cause} style={stack}>Root cause category
        <select id={ids.cause} style={input} value={content.rootCause.category ?? ''} disabled={disabled} data-testid="review-cause-category"
          onChange={(e) => set({ rootCause: { ...content.rootCause, category: e.target.value === '' ? null : (e.target.value as ReviewContent['rootCause']['category']) } })}>
          <option value="">Not yet known</option>
          {causeCategories.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <label htmlFor={ids.causeText} style={stack}>Root cause
        <textarea id={ids.causeText} style={input} rows={2} value={content.rootCause.description} disabled={disabled} data-testid="review-cause"
          onChange={(e) => set({ rootCause: { ...content.rootCause, description: e.target.value } })} />
      </label>
      <div>
        <Button isDisabled={disabled || busy} isLoading={busy} onClick={() => void save()} testId="review-save">Save review</Button>
      </div>
      {error && <ErrorState error={error} title="The review was not saved" />}
    </div>
  );
}
