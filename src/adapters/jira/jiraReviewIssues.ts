import type { Client } from 'jira.js/core';
import { createIssue, linkIssues } from 'jira.js/cloud';
import type { NewReviewIssue, ReviewIssues } from '../../ports/reviewIssues.js';
import { jiraLabel } from './newIncidentFields.js';
import { plainTextDocument } from './plainTextDocument.js';

/** Review issues through jira.js: a platform create, then an issue link to the incident. */
export class JiraReviewIssues implements ReviewIssues {
  constructor(private readonly client: Client) {}

  async createIssue(input: NewReviewIssue): Promise<string> {
    const fields: Record<string, unknown> = {
      project: { key: input.projectKey },
      issuetype: { name: input.issueType },
      summary: input.summary,
      description: plainTextDocument(input.description),
      labels: input.labels.map(jiraLabel),
    };
    if (input.assigneeAccountId !== null) fields.assignee = { accountId: input.assigneeAccountId };
    const created = await createIssue(this.client, { fields });
    if (!created.key) throw new Error(`Jira created a review issue in ${input.projectKey} without returning its key`);
    return created.key;
  }

  async linkIssues(linkType: string, fromKey: string, toKey: string): Promise<void> {
    await linkIssues(this.client, { type: { name: linkType }, outwardIssue: { key: fromKey }, inwardIssue: { key: toKey } });
  }
}
