import type { JiraHandler, JiraRequest as RuntimeRequest } from '../forge/index.js';
import type { JiraSite } from '../jira/index.js';
import type { FaultInjector, JiraFault } from './faultInjector.js';

function isJson(headers: Record<string, string>): boolean {
  const type = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  return type === undefined || /json/i.test(type);
}

/**
 * The runtime hands Jira calls over with the body already parsed and the actor as an object;
 * the site wants the body as text and the actor as `'app' | {accountId}`. A JSON string body
 * (e.g. the watcher accountId) must be re-encoded, not passed raw, so JSON content is always
 * stringified. Faults apply here, so only the app's traffic fails, never the shell's.
 */
export function siteJiraPort(site: JiraSite, faults: FaultInjector): JiraHandler {
  return async (req: RuntimeRequest) => {
    await faults.delay();
    const fault = faults.jiraFault(req.path);
    if (fault && !fault.afterEffect) return answer(fault);
    const body = req.body === undefined ? undefined : typeof req.body === 'string' && !isJson(req.headers) ? req.body : JSON.stringify(req.body);
    const res = await site.handle({
      method: req.method,
      path: req.path,
      query: req.query,
      headers: req.headers,
      ...(body !== undefined ? { body } : {}),
      actor: req.actor.type === 'app' ? 'app' : { accountId: req.actor.accountId },
    });
    // An after-effect fault: Jira has done the work; only its answer is lost.
    if (fault) return answer(fault);
    return { status: res.status, headers: res.headers, body: res.body };
  };
}

const answer = (f: JiraFault) => ({ status: f.status, headers: f.headers, body: f.body });
