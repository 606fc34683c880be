import Spinner from '@atlaskit/spinner';
import { row, subtle } from './styles.js';

export function LoadingState({ label }: { label: string }) {
  return (
    <div style={row} role="status" aria-live="polite" data-testid="loading">
      <Spinner size="medium" label={label} />
      <span style={subtle}>{label}</span>
    </div>
  );
}
