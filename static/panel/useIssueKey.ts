import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';

export type IssueKeyState = { kind: 'loading' } | { kind: 'ready'; issueKey: string } | { kind: 'error'; message: string };

/** The issue the panel sits on, from the Forge context (`extension.issue.key`). */
export function useIssueKey(): IssueKeyState {
  const [state, setState] = useState<IssueKeyState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    view.getContext()
      .then((context) => {
        const issue = (context.extension as { issue?: { key?: unknown } } | undefined)?.issue;
        const key = typeof issue?.key === 'string' ? issue.key : null;
        if (live) setState(key ? { kind: 'ready', issueKey: key } : { kind: 'error', message: 'This panel is not on an issue.' });
      })
      .catch((err: unknown) => {
        if (live) setState({ kind: 'error', message: err instanceof Error ? err.message : 'Could not read the Jira context.' });
      });
    return () => { live = false; };
  }, []);
  return state;
}
