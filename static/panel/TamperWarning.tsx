import SectionMessage from '@atlaskit/section-message';
import type { IncidentView } from '../../src/contracts/resolvers.js';

/**
 * Someone changed this issue's `escalation` or `comms` property outside the app. The app put it
 * back from its own storage and kept escalating; responders should know it was tried.
 */
export function TamperWarning({ view }: { view: IncidentView }) {
  const warnings = view.tamperWarnings ?? [];
  if (!warnings.length) return null;
  const latest = warnings[0]!;
  return (
    <div data-testid="tamper-warning">
      <SectionMessage appearance="warning" title="This issue's escalation record was changed outside the app">
        <p>
          The {latest.property ?? 'escalation'} property was edited directly ({latest.reason.split(':')[0]}) at{' '}
          <time dateTime={latest.at}>{new Date(latest.at).toLocaleString()}</time>
          {latest.lastEditedBy ? <>; the issue was last edited by <code>{latest.lastEditedBy}</code></> : null}.
          The app restored it from its own storage and the escalation continues; the attempt is in the access log.
        </p>
        {warnings.length > 1 ? <p>{warnings.length} such changes are on record for this issue.</p> : null}
      </SectionMessage>
    </div>
  );
}
