import { jsonPathDiff } from '../../shared/jsonPathDiff.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, table } from '../../shared/styles.js';
import { token } from '@atlaskit/tokens';

const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/** Field-by-field differences between two versions of a policy. */
export function VersionDiff({ before, after }: { before: unknown; after: unknown }) {
  const diff = jsonPathDiff(before, after);
  if (diff.length === 0) return <EmptyState testId="diff-empty">These versions are identical.</EmptyState>;
  return (
    <table style={table} data-testid="version-diff">
      <thead><tr>{['Field', 'Change', 'Before', 'After'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr></thead>
      <tbody>
        {diff.map((d) => (
          <tr key={`${d.kind}:${d.path}`} data-testid="diff-row" data-kind={d.kind}>
            <td style={cell}><code>{d.path || '(whole policy)'}</code></td>
            <td style={cell}>{d.kind}</td>
            <td style={{ ...cell, color: token('color.text.danger') }}><code>{show(d.before)}</code></td>
            <td style={{ ...cell, color: token('color.text.success') }}><code>{show(d.after)}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
