import { ErrorState } from '../shared/ErrorState.js';
import { LoadingState } from '../shared/LoadingState.js';
import { page } from '../shared/styles.js';
import { IncidentPanel } from './IncidentPanel.js';
import { useIncidentView } from './useIncidentView.js';
import { useIssueKey } from './useIssueKey.js';

export function PanelApp() {
  const issue = useIssueKey();
  const issueKey = issue.kind === 'ready' ? issue.issueKey : null;
  const { load, reload, applyAction } = useIncidentView(issueKey);

  return (
    <main style={page} data-testid="incident-panel">
      {issue.kind === 'error' ? (
        <ErrorState error={{ code: 'INTERNAL', message: issue.message, fields: [] }} title="Cannot show escalation" />
      ) : load.kind === 'loading' ? (
        <LoadingState label="Loading escalation…" />
      ) : load.kind === 'error' ? (
        <ErrorState error={load.error} onRetry={() => void reload()} />
      ) : (
        <IncidentPanel view={load.view} offsetMs={load.offsetMs} applyAction={applyAction} />
      )}
    </main>
  );
}
