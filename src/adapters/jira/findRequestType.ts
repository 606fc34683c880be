import type { Client } from 'jira.js/core';
import { getRequestTypes, getServiceDesks } from 'jira.js/serviceDesk';

export interface RequestTypeRef {
  id: string;
  /** The issue type the request type creates, which the platform API needs on create. */
  issueTypeId: string;
}

const PAGE = 50;

/**
 * Finds a JSM request type by name in a project's service desk (case-insensitive). Request types
 * are configured by name in the app, but Jira's create call takes ids, which differ per site.
 */
export async function findRequestType(client: Client, projectKey: string, name: string): Promise<RequestTypeRef> {
  const deskId = await serviceDeskId(client, projectKey);
  const wanted = name.trim().toLowerCase();
  for (let start = 0; ; start += PAGE) {
    const page = await getRequestTypes(client, { serviceDeskId: deskId, start, limit: PAGE });
    const found = (page.values ?? []).find((rt) => rt.name?.trim().toLowerCase() === wanted);
    if (found?.id && found.issueTypeId) return { id: found.id, issueTypeId: found.issueTypeId };
    if (page.isLastPage !== false || !page.values?.length) break;
  }
  throw new Error(`Project ${projectKey} has no request type named "${name}"`);
}

async function serviceDeskId(client: Client, projectKey: string): Promise<string> {
  for (let start = 0; ; start += PAGE) {
    const page = await getServiceDesks(client, { start, limit: PAGE });
    const desk = (page.values ?? []).find((d) => d.projectKey === projectKey);
    if (desk?.id) return desk.id;
    if (page.isLastPage !== false || !page.values?.length) break;
  }
  throw new Error(`Project ${projectKey} is not a service desk the app can see`);
}
