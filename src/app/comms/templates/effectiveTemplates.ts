import type { CommsTemplate } from '../../../domain/comms/templates/commsTemplate.js';
import { defaultTemplates } from '../../../domain/comms/templates/defaultTemplates.js';
import type { CommsStore, StoredTemplate } from '../../../ports/commsStore.js';

export interface EffectiveTemplate {
  template: CommsTemplate;
  /** Null for a shipped default nobody has edited yet. */
  saved: Omit<StoredTemplate, 'template'> | null;
}

/**
 * The templates in force: every saved one, and each shipped default that has not been saved
 * over under its id. Saving a default's id makes version 2 of it.
 */
export async function effectiveTemplates(comms: Pick<CommsStore, 'listTemplates'>): Promise<EffectiveTemplate[]> {
  const saved = await comms.listTemplates();
  const ids = new Set(saved.map((s) => s.template.id));
  const defaults = defaultTemplates().filter((t) => !ids.has(t.id)).map((template) => ({ template, saved: null }));
  const edited = saved.map(({ template, ...meta }) => ({ template, saved: meta }));
  return [...edited, ...defaults].sort((a, b) => a.template.id.localeCompare(b.template.id));
}

/** The template in force under `id`, or null when there is neither a saved one nor a default. */
export async function templateInForce(comms: Pick<CommsStore, 'getTemplate'>, id: string): Promise<CommsTemplate | null> {
  const saved = await comms.getTemplate(id);
  return saved?.template ?? defaultTemplates().find((t) => t.id === id) ?? null;
}
