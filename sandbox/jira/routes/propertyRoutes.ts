import { JiraError } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import { loadIssue, noContent } from './routeHelpers.js';

const KEY_LIMIT = 255;
/** Jira's limit on one property value: 32 KB of JSON. */
const VALUE_LIMIT = 32_768;

const notFound = (key: string) => new JiraError(404, [`The property with key '${key}' does not exist.`]);

export const propertyRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const keys = Object.keys(issue.properties).sort().map((key) => ({
        self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`,
        key,
      }));
      return { status: 200, body: { keys } };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const key = req.params.propertyKey ?? '';
      if (!(key in issue.properties)) throw notFound(key);
      return { status: 200, body: { key, value: issue.properties[key] } };
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'EDIT_ISSUES');
      const key = req.params.propertyKey ?? '';
      if (key.length > KEY_LIMIT) throw new JiraError(400, ['The property key cannot be longer than 255 characters.']);
      if (req.body === undefined) throw new JiraError(400, ['The property value must be valid JSON.']);
      if (JSON.stringify(req.body).length > VALUE_LIMIT) throw new JiraError(400, ['The property value cannot be longer than 32768 bytes.']);
      const existed = key in issue.properties;
      ctx.issues.setProperty(issue, key, req.body);
      return { status: existed ? 200 : 201 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'EDIT_ISSUES');
      const key = req.params.propertyKey ?? '';
      if (!(key in issue.properties)) throw notFound(key);
      ctx.issues.deleteProperty(issue, key);
      return noContent;
    },
  },
];
