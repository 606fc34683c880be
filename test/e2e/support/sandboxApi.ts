/** Demo users by role; every one signs in to /rest with the API token `sandbox`. */
export const USERS = {
  agent: { accountId: 'sandbox-agent-ana', email: 'ana.agent@example.test' },
  lead: { accountId: 'sandbox-lead-lena', email: 'lena.lead@example.test' },
  manager: { accountId: 'sandbox-manager-maya', email: 'maya.manager@example.test' },
  admin: { accountId: 'sandbox-admin-adam', email: 'adam.admin@example.test' },
  projectAdmin: { accountId: 'sandbox-projadmin-priya', email: 'priya.projadmin@example.test' },
  customer: { accountId: 'sandbox-customer-chris', email: 'chris.customer@example.test' },
} as const;
export type DemoUser = (typeof USERS)[keyof typeof USERS];

export const PANEL_MODULE = 'escalation-issue-panel';

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

/** The escalation issue property as the app writes it (only the fields these tests read). */
export interface EscalationProperty {
  status: string;
  policyId: string | null;
  policyVersion: number | null;
  path: string | null;
  level: number | null;
}

/** The sandbox's control endpoints, Jira REST as a demo user, and the bridge as a demo user. */
export function sandboxApi(base: string) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(base + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }
  const basic = (email: string) => ({ authorization: `Basic ${Buffer.from(`${email}:sandbox`).toString('base64')}` });

  return {
    advanceMinutes: (minutes: number) => call('POST', '/__sandbox/clock/advance', { minutes }),
    settle: () => call('POST', '/__sandbox/settle', {}),
    /** Runs the scheduled sweep now, then waits until the work it queued has run too. */
    async sweep(): Promise<void> {
      const run = await call('POST', '/__sandbox/scheduled/escalation-sweep/run', {});
      if (run.status !== 200) throw new Error(`escalation-sweep failed: ${JSON.stringify(run.body)}`);
      await call('POST', '/__sandbox/settle', {});
    },
    jira: (user: DemoUser, method: string, path: string, body?: unknown) => call(method, path, body, basic(user.email)),
    /** The `escalation` issue property read over REST as `user`; null when the app has not written it. */
    async escalationProperty(user: DemoUser, issueKey: string): Promise<EscalationProperty | null> {
      const r = await call('GET', `/rest/api/3/issue/${issueKey}/properties/escalation`, undefined, basic(user.email));
      if (r.status === 404) return null;
      if (r.status !== 200) throw new Error(`GET escalation property of ${issueKey}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.value as EscalationProperty;
    },
    /** What a Custom UI's invoke() reaches, sent straight to the bridge endpoint as `user`. */
    invoke: (user: DemoUser, moduleKey: string, functionKey: string, payload: unknown, issueKey?: string) =>
      call('POST', '/__sandbox/bridge/invoke', { moduleKey, functionKey, payload, ...(issueKey ? { extension: { issue: { key: issueKey } } } : {}) },
        { 'x-sandbox-user': user.accountId }),
  };
}
export type SandboxApi = ReturnType<typeof sandboxApi>;
