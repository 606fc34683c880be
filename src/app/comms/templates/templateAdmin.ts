import {
  PreviewTemplateInputSchema, SaveTemplateInputSchema, type TemplatePreview, type TemplatesView, type TemplateView,
} from '../../../contracts/commsAdmin.js';
import type { CommsTemplate } from '../../../domain/comms/templates/commsTemplate.js';
import { defaultTemplates } from '../../../domain/comms/templates/defaultTemplates.js';
import { incidentTemplateValues } from '../../../domain/comms/templates/incidentTemplateValues.js';
import { renderTemplate } from '../../../domain/comms/templates/renderTemplate.js';
import { templateVariables } from '../../../domain/comms/templates/templateVariable.js';
import { validateTemplate } from '../../../domain/comms/templates/validateTemplate.js';
import { defaultConfig } from '../../../domain/policies/defaultConfig.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { authorizeSiteAction, authorizeSiteWideChange } from '../../access/authorize.js';
import type { Deps } from '../../shared/deps.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { commsSettingsOrDefault } from '../channels/commsSettingsOrDefault.js';
import { effectiveTemplates, type EffectiveTemplate } from './effectiveTemplates.js';
import { parseInput } from '../../shared/parseInput.js';
import { templatePeople } from './templatePeople.js';

type AdminDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'comms'>;

function view({ template, saved }: EffectiveTemplate): TemplateView {
  const { version, ...draft } = template;
  return { ...draft, version, isDefault: saved === null, savedBy: saved?.savedBy ?? null, savedAt: saved?.savedAt ?? null };
}

export async function listTemplates(deps: AdminDeps, actor: Actor): Promise<TemplatesView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'listCommsTemplates');
  return { templates: (await effectiveTemplates(deps.comms)).map(view), variables: [...templateVariables] };
}

/** Template field errors (line and column included) in the shape resolver errors carry. */
function checked(draft: Omit<CommsTemplate, 'version'>, version: number): CommsTemplate {
  const r = validateTemplate({ ...draft, version });
  if (r.ok) return r.value;
  throw new AppError('INVALID', `template: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, r.errors.map((e) => ({ field: `template.${e.field}`, message: e.message })));
}

/**
 * Saves a new version of a template. It must be valid (an unknown variable is an error with
 * its line and column) and edited from the version in force, so two admins cannot overwrite
 * each other. Saving over a shipped default first stores the default as version 1, so the
 * history shows what was changed. The reason goes to the access log.
 */
export async function saveTemplate(deps: AdminDeps, actor: Actor, input: unknown): Promise<TemplateView> {
  await authorizeSiteWideChange(deps, actor, 'editPolicies', 'saveCommsTemplate');
  const { template: draft, baseVersion, reason } = parseInput(SaveTemplateInputSchema, input, 'saveTemplate');
  const saved = await deps.comms.getTemplate(draft.id);
  const shipped = defaultTemplates().find((t) => t.id === draft.id);
  const current = saved?.template.version ?? (shipped ? shipped.version : 0);
  if (baseVersion !== current) {
    throw new AppError('CONFLICT', `template ${draft.id} is at version ${current} now; you edited version ${baseVersion}. Reload and reapply your change.`);
  }
  const template = checked(draft, current + 1);
  const at = new Date(deps.clock.now()).toISOString();
  if (!saved && shipped) {
    await deps.comms.saveTemplateVersion({ template: shipped, savedBy: 'app', savedAt: at, reason: 'shipped default' });
  }
  const result = await deps.comms.saveTemplateVersion({ template, savedBy: actor.accountId, savedAt: at, reason });
  if (!result.saved) throw new AppError('CONFLICT', `template ${draft.id} was saved by someone else meanwhile (now version ${result.currentVersion}). Reload and reapply your change.`);
  await recordAdminChange(deps, actor, `saveCommsTemplate ${template.id} v${template.version}`, null, reason);
  return view({ template, saved: { savedBy: actor.accountId, savedAt: at, reason } });
}

/**
 * Renders a draft (saved or not) with a real incident's values, as it would go out now. The
 * admin must be able to see the incident in Jira; otherwise it is "not found", which reveals nothing.
 */
export async function previewTemplate(deps: AdminDeps, actor: Actor, input: unknown): Promise<TemplatePreview> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'previewCommsTemplate');
  const { template: draft, incidentKey } = parseInput(PreviewTemplateInputSchema, input, 'previewTemplate');
  const template = checked(draft, 1);
  const notFound = new AppError('NOT_FOUND', `incidentKey: ${incidentKey} does not exist or you cannot see it`, [{ field: 'incidentKey', message: 'does not exist or you cannot see it' }]);
  if (!(await deps.host.hasIssuePermission(actor.accountId, incidentKey, 'BROWSE_PROJECTS'))) throw notFound;
  const record = await deps.host.getIncident(incidentKey);
  if (!record) throw notFound;
  const [settings, config] = await Promise.all([commsSettingsOrDefault(deps.comms), deps.store.getConfig()]);
  const people = await templatePeople(deps.host, record.incident, config ?? defaultConfig);
  const values = incidentTemplateValues(record.incident, record.state, config ?? defaultConfig, { siteUrl: settings.siteUrl, ...people });
  const m = renderTemplate(template, values);
  return { channel: m.channel, subject: m.subject ?? null, body: m.body, missing: [...m.missing], truncated: m.truncated };
}
