/**
 * The few Atlassian GraphQL operations @forge/api sends through the `stargate` remote:
 * webTrigger.getUrl / queryUrls / deleteUrl.
 */
export interface WebtriggerUrls {
  urlFor: (moduleKey: string) => string;
  moduleKeys: () => string[];
}

interface GraphqlBody {
  query?: string;
  variables?: { input?: { triggerKey?: string } };
}

export function answerGraphql(body: unknown, urls: WebtriggerUrls): { status: number; body: unknown } {
  const { query = '', variables } = (body ?? {}) as GraphqlBody;
  if (query.includes('createWebTriggerUrl')) {
    const key = variables?.input?.triggerKey ?? '';
    if (!urls.moduleKeys().includes(key)) {
      return { status: 200, body: { data: null, errors: [{ message: `No webtrigger module '${key}' in manifest.yml` }] } };
    }
    return { status: 200, body: { data: { createWebTriggerUrl: { url: urls.urlFor(key) } } } };
  }
  if (query.includes('webTriggerUrlsByAppContext')) {
    const list = urls.moduleKeys().map((triggerKey) => ({ triggerKey, url: urls.urlFor(triggerKey) }));
    return { status: 200, body: { data: { webTriggerUrlsByAppContext: list } } };
  }
  if (query.includes('deleteWebTriggerUrl')) {
    return { status: 200, body: { data: { deleteWebTriggerUrl: { success: true, message: null } } } };
  }
  return { status: 200, body: { data: null, errors: [{ message: 'GraphQL operation not emulated by the sandbox' }] } };
}
