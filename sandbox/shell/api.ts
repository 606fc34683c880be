import { currentUser } from './session.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function errorText(status: number, body: unknown): string {
  const b = (body ?? {}) as { errorMessages?: string[]; errors?: Record<string, string>; message?: string };
  const parts = [...(b.errorMessages ?? []), ...Object.entries(b.errors ?? {}).map(([k, v]) => `${k}: ${v}`)];
  if (b.message) parts.push(b.message);
  return parts.join(' ') || `HTTP ${status}`;
}

async function call<T>(path: string, init: RequestInit = {}, auth = false): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  if (auth) {
    // Jira's REST API as the signed-in demo user: their email and the API token "sandbox".
    const u = currentUser();
    headers.set('authorization', `Basic ${btoa(`${u.email}:${u.apiToken}`)}`);
  }
  const res = await fetch(path, { ...init, headers });
  const text = await res.text();
  const body = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) throw new ApiError(res.status, errorText(res.status, body));
  return body as T;
}

/** Jira REST as the signed-in user. */
export const jira = <T>(path: string, init?: RequestInit) => call<T>(path, init, true);
/** The sandbox's own endpoints. */
export const sandbox = <T>(path: string, init?: RequestInit) => call<T>(path, init, false);
export const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
