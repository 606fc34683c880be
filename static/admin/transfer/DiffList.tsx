import type { DiffEntry } from '../../shared/jsonPathDiff.js';
import { subtle } from '../../shared/styles.js';

const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? `“${v}”` : JSON.stringify(v));

/** Each changed value as old → new, so an admin sees exactly what the import would write. */
export function DiffList({ diff, testId }: { diff: readonly DiffEntry[]; testId: string }) {
  return (
    <ul data-testid={testId} style={{ margin: 0 }}>
      {diff.map((d) => (
        <li key={`${d.kind}:${d.path}`} data-testid="import-diff" data-path={d.path} data-kind={d.kind}>
          <code>{d.path}</code>{' '}
          {d.kind === 'changed' && <><span data-testid="import-diff-before">{shown(d.before)}</span> → <span data-testid="import-diff-after">{shown(d.after)}</span></>}
          {d.kind === 'added' && <><span style={subtle}>added:</span> <span data-testid="import-diff-after">{shown(d.after)}</span></>}
          {d.kind === 'removed' && <><span style={subtle}>removed:</span> <span data-testid="import-diff-before">{shown(d.before)}</span></>}
        </li>
      ))}
    </ul>
  );
}
