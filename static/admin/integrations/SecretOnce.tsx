import SectionMessage from '@atlaskit/section-message';
import Button from '@atlaskit/button/new';
import { row } from '../../shared/styles.js';

export interface ShownSecret {
  integrationName: string;
  secret: string;
  previousValidUntil: string | null;
}

/**
 * A new secret, shown this once: the back end keeps it only in the secret store and never
 * returns it again, so the admin is told to copy it now.
 */
export function SecretOnce({ shown, onDismiss }: { shown: ShownSecret; onDismiss: () => void }) {
  return (
    <div data-testid="integration-secret" role="status">
      <SectionMessage appearance="warning" title={`New secret for ${shown.integrationName}: copy it now`}>
        <p>It is shown only this once. Select it and copy it into the sender's configuration.</p>
        <div style={row}>
          <code data-testid="integration-secret-value" style={{ userSelect: 'all', wordBreak: 'break-all' }}>{shown.secret}</code>
        </div>
        {shown.previousValidUntil && (
          <p data-testid="integration-secret-overlap">The previous secret keeps working until {new Date(shown.previousValidUntil).toLocaleString()}.</p>
        )}
        <Button spacing="compact" onClick={onDismiss} testId="integration-secret-dismiss">I have copied it</Button>
      </SectionMessage>
    </div>
  );
}
