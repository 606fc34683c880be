import { z } from 'zod';
import { AudienceSchema, ChannelSchema, type CommunicationRecord } from './comms.js';
import { ChannelSecretNameSchema, CommsSettingsSchema, type ChannelSecretName, type CommsSettings } from './commsSettings.js';

/**
 * A template as the admin edits it. Only the shape is checked here; the server's
 * `validateTemplate` checks names, lengths and every `{{variable}}` with line and column.
 */
export const TemplateDraftSchema = z.object({
  id: z.string(),
  name: z.string(),
  audience: AudienceSchema,
  channel: ChannelSchema,
  subject: z.string().optional(),
  body: z.string(),
});
export type TemplateDraft = z.infer<typeof TemplateDraftSchema>;

const reason = z.string().trim().min(3, 'must say why (at least 3 characters)').max(500);

export const SaveTemplateInputSchema = z.object({
  template: TemplateDraftSchema,
  /** The version the admin edited (0 for a new template): a newer saved version is a conflict. */
  baseVersion: z.number().int().min(0),
  reason,
});
export type SaveTemplateInput = z.infer<typeof SaveTemplateInputSchema>;

export const PreviewTemplateInputSchema = z.object({
  template: TemplateDraftSchema,
  incidentKey: z.string().trim().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'must be an issue key such as ITOPS-7'),
});
export type PreviewTemplateInput = z.infer<typeof PreviewTemplateInputSchema>;

export interface TemplateView extends TemplateDraft {
  version: number;
  /** True for a shipped default nobody has saved over yet. */
  isDefault: boolean;
  savedBy: string | null;
  savedAt: string | null;
}

export interface TemplatesView {
  templates: TemplateView[];
  /** The names a template may use inside {{ }}. */
  variables: string[];
}

export interface TemplatePreview {
  channel: TemplateDraft['channel'];
  subject: string | null;
  body: string;
  /** Variables the incident has no value for; they show as "(not set)". */
  missing: string[];
  truncated: boolean;
}

/** A secret as the browser may see it: whether it is set and its last characters. */
export interface MaskedSecret {
  set: boolean;
  masked: string | null;
}

export interface ChannelSettingsView {
  settings: CommsSettings;
  secrets: Record<ChannelSecretName, MaskedSecret>;
}

export const SaveChannelSettingsInputSchema = z.object({
  settings: CommsSettingsSchema,
  /** Only secrets named here change: a string replaces, null removes, absent keeps. */
  secrets: z.record(ChannelSecretNameSchema, z.string().trim().min(1).max(2000).nullable()).default({}),
  reason,
});
export type SaveChannelSettingsInput = z.input<typeof SaveChannelSettingsInputSchema>;

export interface FailedSendsView {
  sends: CommunicationRecord[];
}
