import Lozenge from '@atlaskit/lozenge';
import type { EscalationStatus } from '../../src/contracts/escalationState.js';

const appearance = {
  none: 'default',
  active: 'removed',
  acknowledged: 'inprogress',
  resolved: 'success',
} as const satisfies Record<EscalationStatus, string>;

const words: Record<EscalationStatus, string> = {
  none: 'Not escalated',
  active: 'Escalating',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export function StatusLozenge({ status, testId = 'status-lozenge' }: { status: EscalationStatus; testId?: string }) {
  return (
    <span data-testid={testId} data-status={status}>
      <Lozenge appearance={appearance[status]} isBold={status === 'active'}>{words[status]}</Lozenge>
    </span>
  );
}
