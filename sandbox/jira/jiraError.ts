/** A failure the site answers in Jira's error shape: `{errorMessages: [...], errors: {field: msg}}`. */
export class JiraError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 410,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }

  toBody(): { errorMessages: string[]; errors: Record<string, string> } {
    return { errorMessages: [...this.errorMessages], errors: { ...this.errors } };
  }
}

export const badRequest = (message: string): JiraError => new JiraError(400, [message]);

export const fieldError = (field: string, message: string): JiraError => new JiraError(400, [], { [field]: message });

/** Jira does not reveal whether an issue exists to someone who may not see it. */
export const issueNotFound = (): JiraError =>
  new JiraError(404, ['Issue does not exist or you do not have permission to see it.']);

export const forbidden = (message = 'You do not have permission to perform this operation.'): JiraError =>
  new JiraError(403, [message]);

export const unauthorized = (): JiraError =>
  new JiraError(401, ['Client must be authenticated to access this resource.']);
