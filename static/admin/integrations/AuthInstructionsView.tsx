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
      {a.toolSettings.length > 0 && (
        <table data-testid="integration-tool-settings" aria-label="Settings to enter in the tool">
          <thead><tr><th style={{ textAlign: 'left' }}>Setting in the tool</th><th style={{ textAlign: 'left' }}>Value</th></tr></thead>
          <tbody>{a.toolSettings.map((t) => <tr key={t.setting}><td>{t.setting}</td><td><code style={{ wordBreak: 'break-all' }}>{t.value}</code></td></tr>)}</tbody>
        </table>
      )}
      {a.snippet && <pre data-testid="integration-snippet" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}><code>{a.snippet}</code></pre>}
      {a.signingString && <p>Signed string: <code>{a.signingString}</code></p>}
      {a.subscriptionUrl && <p>{a.kind === 'sns' ? 'Subscription URL' : 'URL to enter in the tool'}: <code style={{ wordBreak: 'break-all' }}>{a.subscriptionUrl}</code></p>}
      <ul style={subtle}>{a.notes.map((n) => <li key={n}>{n}</li>)}</ul>
      {view.previousSecretValidUntil && (
        <p data-testid="integration-previous-secret">The previous secret still works until {new Date(view.previousSecretValidUntil).toLocaleString()}.</p>
      )}
    </div>
  );
}
