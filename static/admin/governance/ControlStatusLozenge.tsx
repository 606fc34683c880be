import Lozenge from '@atlaskit/lozenge';
import type { ControlStatus } from '../../../src/contracts/controls.js';

/** Met / gap / not applicable, in the colours an auditor expects. */
export function ControlStatusLozenge({ status, testId }: { status: ControlStatus; testId?: string }) {
  const [appearance, text] = status === 'met' ? ['success', 'Met'] as const : status === 'gap' ? ['removed', 'Gap'] as const : ['default', 'Not applicable'] as const;
  return <span data-testid={testId} data-status={status}><Lozenge appearance={appearance}>{text}</Lozenge></span>;
}
