/**
 * The URL one integration's sender posts to: the shared webtrigger URL plus `integration=<id>`,
 * which is how the one endpoint tells integrations apart.
 */
export function ingestUrlFor(base: string, integrationId: string): string {
  const url = new URL(base);
  url.searchParams.set('integration', integrationId);
  return url.toString();
}
