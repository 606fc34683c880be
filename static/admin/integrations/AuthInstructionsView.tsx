import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { stack, subtle } from '../../shared/styles.js';

/** Where to send and how to authenticate, for whoever configures the monitoring tool. */
export function AuthInstructionsView({ view }: { view: IntegrationView }) {
  const a = view.auth;
  return (
    <div style={stack} data-testid="integration-auth">
      <div>
        <strong>URL</strong>{' '}
        {view.url ? <code data-testid="integration-url" style={{ wordBreak: 'break-all' }}>{view.url}</code>
          : <span style={subtle} data-testid="integration-url">unavailable: the app could not read its webtrigger URL</span>}
      </div>
      <p>{a.summary}</p>
      {a.headers.length > 0 && (
        <ul aria-label="Headers to send">
          {a.headers.map((h) => <li key={h.name}><code>{h.name}: {h.value}</code></li>)}
        </ul>
      )}
      {a.signingString && <p>Signed string: <code>{a.signingString}</code></p>}
      {a.subscriptionUrl && <p>Subscription URL: <code style={{ wordBreak: 'break-all' }}>{a.subscriptionUrl}</code></p>}
      <ul style={subtle}>{a.notes.map((n) => <li key={n}>{n}</li>)}</ul>
      {view.previousSecretValidUntil && (
        <p data-testid="integration-previous-secret">The previous secret still works until {new Date(view.previousSecretValidUntil).toLocaleString()}.</p>
      )}
    </div>
  );
}
