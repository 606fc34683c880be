/**
 * Where an incident's recurrences are looked for: its business service, else its first
 * component. Null (neither is set) means the incident is never clustered: without a scope,
 * matching summaries across the whole site would join unrelated failures.
 *
 * @example recurrenceScope('Payments', ['gateway']) // => 'Payments'
 * @example recurrenceScope(null, ['gateway']) // => 'component:gateway'
 */
export function recurrenceScope(service: string | null, components: readonly string[]): string | null {
  if (service) return service;
  const first = components.find((c) => c.trim() !== '');
  return first ? `component:${first}` : null;
}
