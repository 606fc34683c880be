/** The review's Jira issue, as the app asks for it. */
export interface NewReviewIssue {
  projectKey: string;
  issueType: string;
  summary: string;
  /** Plain text; the Jira adapter turns it into a document. */
  description: string;
  assigneeAccountId: string | null;
  labels: string[];
}

/** Jira issues the review process creates and links (one Jira request per method). */
export interface ReviewIssues {
  createIssue(input: NewReviewIssue): Promise<string>;
  /** Links `fromKey` (outward) to `toKey` (inward) with the named link type. Idempotent in Jira. */
  linkIssues(linkType: string, fromKey: string, toKey: string): Promise<void>;
}
