import { useId, type RefObject } from 'react';
import Button from '@atlaskit/button/new';
import type { Permission } from '../../src/contracts/resolvers.js';
import { subtle } from '../shared/styles.js';

/**
 * A button for an action the user may or may not take. When refused, it stays visible but
 * disabled and says why in text tied to it, since a disabled button cannot show a tooltip to
 * keyboard users.
 */
export function ActionButton({ label, permission, busy, onClick, testId, appearance = 'default', buttonRef }: {
  label: string;
  permission: Permission;
  busy?: boolean;
  onClick: () => void;
  testId: string;
  appearance?: 'default' | 'primary' | 'warning';
  buttonRef?: RefObject<HTMLButtonElement>;
}) {
  const reasonId = useId();
  const refused = !permission.allowed;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 2, maxWidth: 240 }}>
      <Button ref={buttonRef} appearance={appearance} isDisabled={refused || busy} isLoading={busy} onClick={onClick}
        testId={testId} aria-describedby={refused ? reasonId : undefined}>
        {label}
      </Button>
      {refused && (
        <span id={reasonId} style={{ ...subtle, fontSize: '0.85em' }} data-testid={`${testId}-disabled-reason`}>
          {permission.reason ?? 'Not allowed'}
        </span>
      )}
    </div>
  );
}
