import { createCloudClient, createServiceDeskClient } from 'jira.js';

/** jira.js 6 clients for a demo user, failing on any response that does not match jira.js's schemas. */
export function jiraJsClients(host: string, email: string) {
  const config = { host, auth: { type: 'basic' as const, email, apiToken: 'sandbox' }, onSchemaMismatch: 'throw' as const, retry: { maxAttempts: 1 } };
  return { jira: createCloudClient(config), desk: createServiceDeskClient(config) };
}
