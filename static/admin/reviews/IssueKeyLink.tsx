import { router } from '@forge/bridge';

/** An issue key that opens the issue in Jira (the frame cannot follow a plain link). */
export function IssueKeyLink({ issueKey, testId }: { issueKey: string; testId?: string }) {
  return (
    <a href={`/browse/${issueKey}`} data-testid={testId}
      onClick={(e) => { e.preventDefault(); void router.navigate(`/browse/${issueKey}`).catch(() => undefined); }}>{issueKey}</a>
  );
}
