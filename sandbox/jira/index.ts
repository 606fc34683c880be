/** The emulated Jira Service Management site: what the Forge runtime emulator and the shell import. */
export { createJiraSite, type JiraRequest, type JiraResponse, type JiraSite, type JiraSiteOptions } from './createJiraSite.js';
export { createJiraHttpServer } from './createJiraHttpServer.js';
export { SANDBOX_API_TOKEN, type RequestActor } from './authenticate.js';
export { APP_ACCOUNT_ID } from './siteContext.js';
export type { JiraProductEvent, ChangeItem } from './siteTypes.js';
export type { OutboxMessage } from './store/directoryStore.js';
