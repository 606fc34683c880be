import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ResolverError } from './api.js';

/** A resolver failure, in words, with a retry when retrying can help. */
export function ErrorState({ error, title, onRetry }: { error: ResolverError; title?: string; onRetry?: () => void }) {
  const actions = onRetry ? [<SectionMessageAction key="retry" onClick={onRetry}>Try again</SectionMessageAction>] : [];
  return (
    <div data-testid="error-state" role="alert">
      <SectionMessage appearance={error.code === 'FORBIDDEN' ? 'warning' : 'error'} title={title ?? titleFor(error.code)} actions={actions}>
        <p>{error.message}</p>
      </SectionMessage>
    </div>
  );
}

function titleFor(code: ResolverError['code']): string {
  switch (code) {
    case 'FORBIDDEN': return 'You are not allowed to do this';
    case 'NOT_FOUND': return 'Not found';
    case 'CONFLICT': return 'Someone else changed this first';
    case 'INVALID': return 'Some values need fixing';
    default: return 'Something went wrong';
  }
}
