import { showFlag } from '@forge/bridge';

let nextId = 0;

/** A Jira flag when the host can show one; outside Jira the inline UI already says what happened. */
export function notify(title: string, type: 'success' | 'error' | 'info' | 'warning' = 'success', description?: string): void {
  try {
    showFlag({ id: `escalation-${++nextId}`, title, description, type, isAutoDismiss: type === 'success' });
  } catch {
    // No bridge (plain browser): nothing to do.
  }
}
