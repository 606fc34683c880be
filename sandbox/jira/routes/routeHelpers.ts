import { badRequest, forbidden, issueNotFound } from '../jiraError.js';
import type { RouteRequest, SiteContext } from '../siteContext.js';
import type { IssueRecord } from '../siteTypes.js';

/** The issue named by `{issueIdOrKey}`, or 404 when missing or invisible; 403 when a permission is missing. */
export function loadIssue(ctx: SiteContext, req: RouteRequest, permission?: string): IssueRecord {
  const issue = ctx.issues.find(req.params.issueIdOrKey ?? '');
  if (!issue || !ctx.permissions.canSee(req.actor, issue)) throw issueNotFound();
  if (permission && !ctx.permissions.onIssue(req.actor, issue).has(permission)) throw forbidden();
  return issue;
}

export function bodyObject(req: RouteRequest): Record<string, unknown> {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Request body must be a JSON object.');
  return body as Record<string, unknown>;
}

/** A JSON object, or an empty one for anything else: for optional nested parts of a body. */
export function asObject(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function intParam(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`The '${name}' parameter must be a non-negative integer.`);
  return n;
}

export const noContent = { status: 204 } as const;
