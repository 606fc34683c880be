import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { errorText, input, row, stack } from '../../shared/styles.js';

/**
 * Edits one record as JSON with a reason, and lists the server's field errors beside it (the
 * server validates; the editor only checks that the text is JSON).
 */
export function JsonRecordEditor({ initial, testId, onSave, onCancel }: {
  initial: unknown;
  testId: string;
  onSave: (value: unknown, reason: string) => Promise<ResolverError | null>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(JSON.stringify(initial, null, 2));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { text: useId(), reason: useId() };
  const save = async () => {
    let value: unknown;
    try { value = JSON.parse(text); } catch (e) { setParseError(e instanceof Error ? e.message : String(e)); return; }
    setParseError(null);
    setBusy(true);
    setError(await onSave(value, reason));
    setBusy(false);
  };
  return (
    <div style={stack} data-testid={testId}>
      <label htmlFor={ids.text} style={stack}>Definition (JSON)
        <textarea id={ids.text} style={{ ...input, fontFamily: 'monospace', minHeight: 260 }} value={text} onChange={(e) => setText(e.target.value)} data-testid={`${testId}-json`} />
      </label>
      {parseError && <span style={errorText} role="alert">Not JSON: {parseError}</span>}
      <label htmlFor={ids.reason} style={stack}>Reason for the change
        <input id={ids.reason} style={input} value={reason} onChange={(e) => setReason(e.target.value)} data-testid={`${testId}-reason`} />
      </label>
      {error && <ErrorState error={error} title="Not saved" />}
      {error && error.fields.length > 0 && (
        <ul data-testid={`${testId}-field-errors`}>{error.fields.map((f) => <li key={`${f.field}:${f.message}`} style={errorText}><code>{f.field}</code>: {f.message}</li>)}</ul>
      )}
      <div style={row}>
        <Button appearance="primary" isLoading={busy} onClick={() => void save()} testId={`${testId}-save`}>Save</Button>
        <Button appearance="subtle" onClick={onCancel} testId={`${testId}-cancel`}>Cancel</Button>
      </div>
    </div>
  );
}
