import type { NewReviewIssue, ReviewIssues } from '../../ports/reviewIssues.js';

/** In-memory review issues and links; keys continue the incident project's numbering. */
export class MemoryReviewIssues implements ReviewIssues {
  readonly created: Array<{ key: string; input: NewReviewIssue }> = [];
  readonly links: Array<{ type: string; from: string; to: string }> = [];
  private next = 5000;
  /** Set to make the next `createIssue` fail, like a Jira outage. */
  failNextCreate: Error | null = null;

  async createIssue(input: NewReviewIssue): Promise<string> {
    if (this.failNextCreate) {
      const e = this.failNextCreate;
      this.failNextCreate = null;
      throw e;
    }
    const key = `${input.projectKey}-${++this.next}`;
    this.created.push({ key, input: structuredClone(input) });
    return key;
  }

  async linkIssues(type: string, from: string, to: string): Promise<void> {
    // Jira keeps one link for a repeated request, and so does this twin.
    if (!this.links.some((l) => l.type === type && l.from === from && l.to === to)) this.links.push({ type, from, to });
  }
}
