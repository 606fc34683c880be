/**
 * The only names a template may use inside `{{ }}`. A closed list, so that a typo is refused when
 * the template is saved instead of leaving a gap in a message sent during an incident.
 */
export const templateVariables = [
  'key',
  'summary',
  'priority',
  'service',
  'impact',
  'slaRemaining',
  'path',
  'level',
  'owner',
  /** The owner's (assignee's) display name alone: "(not set)" rather than an account id when unknown. */
  'owner.name',
  /** The display name of the person the configuration names as the service's owner. */
  'serviceOwner.name',
  'bridgeUrl',
  'bridgeDialIn',
  'link',
] as const;

export type TemplateVariable = (typeof templateVariables)[number];

/** Values are preformatted text (e.g. slaRemaining `1h 20m`); the caller owns locale and units. */
export type TemplateValues = { readonly [K in TemplateVariable]?: string };

/** Variables holding a web address: rendered as links rather than escaped as prose. */
export const urlVariables: ReadonlySet<TemplateVariable> = new Set<TemplateVariable>(['bridgeUrl', 'link']);

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (templateVariables as readonly string[]).includes(name);
}
