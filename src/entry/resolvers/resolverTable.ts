import type { z } from 'zod';
import { getConfig, saveConfig } from '../../app/policies/configAdmin.js';
import type { Deps } from '../../app/shared/deps.js';
import { acknowledge, escalate, standDown } from '../../app/escalation/incidentCommands.js';
import { incidentView } from '../../app/escalation/incidentView.js';
import { checkPolicy, deletePolicy, listPolicies, policyHistory, savePolicy } from '../../app/policies/policyAdmin.js';
import type { Actor } from '../../app/shared/actor.js';
import { getRoleMapping, listAccessLog, saveRoleMapping } from '../../app/access/accessAdmin.js';
import { activeEscalations } from '../../app/escalation/activeEscalations.js';
import { confirmMyDuties, getMyDuties } from '../../app/oncall/myDuties.js';
import { ListActiveEscalationsRequestSchema } from '../../contracts/dashboard.js';
import { attestRoleAudit, getRoleAudit, runRoleAudit } from '../../app/oncall/roleAudit.js';
import { deleteSchedule, listSchedules, previewSchedule, saveSchedule } from '../../app/oncall/scheduleAdmin.js';
import { ListAccessLogRequestSchema, SaveRoleMappingRequestSchema } from '../../contracts/access.js';
import { AttestRoleAuditRequestSchema, GetMyDutiesRequestSchema } from '../../contracts/duties.js';
import { DeleteScheduleRequestSchema, PreviewScheduleRequestSchema, SaveScheduleRequestSchema } from '../../contracts/oncall.js';
import {
  DeletePolicyRequestSchema, EscalateRequestSchema, IssueRequestSchema, PolicyIdRequestSchema, SaveConfigRequestSchema,
  SavePolicyRequestSchema, StandDownRequestSchema, ValidatePolicyRequestSchema, type ResolverName,
} from '../../contracts/resolvers.js';
import { z as zod } from 'zod';
import { getAlertSettings, saveAlertSettings } from '../../app/alerts/admin/alertSettingsAdmin.js';
import { createIntegration } from '../../app/alerts/admin/createIntegration.js';
import { deleteIntegration } from '../../app/alerts/admin/deleteIntegration.js';
import { listIntegrationDeliveries } from '../../app/alerts/admin/listIntegrationDeliveries.js';
import { listIntegrations } from '../../app/alerts/admin/listIntegrations.js';
import { rotateIntegrationSecret } from '../../app/alerts/admin/rotateIntegrationSecret.js';
import { sendTestAlert } from '../../app/alerts/admin/sendTestAlert.js';
import { updateIntegration } from '../../app/alerts/admin/updateIntegration.js';
import {
  DeleteIntegrationRequestSchema, ListDeliveriesRequestSchema, RotateSecretRequestSchema, SaveAlertSettingsRequestSchema,
  SaveIntegrationRequestSchema, SendTestAlertRequestSchema,
} from '../../contracts/integrationAdmin.js';
import { ConfirmBridgeJoinRequestSchema, DesignateCommsLeadRequestSchema, PublishUpdateRequestSchema } from '../../contracts/incidentComms.js';
import { confirmBridgeJoin } from '../../app/comms/bridge/confirmBridgeJoin.js';
import { designateCommsLead } from '../../app/comms/lead/designateCommsLead.js';
import { publishUpdate } from '../../app/comms/lead/publishUpdate.js';
import { getChannelSettings, listFailedSends, saveChannelSettings } from '../../app/comms/channels/channelSettingsAdmin.js';
import { mySubscriptions, subscribe, unsubscribe } from '../../app/comms/subscriptions/subscriptions.js';
import { listTemplates, previewTemplate, saveTemplate } from '../../app/comms/templates/templateAdmin.js';

interface ResolverSpec<S extends z.ZodTypeAny> {
  schema: S;
  run(deps: Deps, actor: Actor, payload: z.infer<S>): Promise<unknown>;
}

const spec = <S extends z.ZodTypeAny>(schema: S, run: ResolverSpec<S>['run']): ResolverSpec<S> => ({ schema, run });
const Empty = zod.object({}).passthrough();
/** Payloads the use case parses itself, so its errors name the fields inside. */
const Parsed = zod.object({}).passthrough();

/**
 * Every resolver: its payload schema and the use case it calls. Authorisation (app role and
 * Jira permission) happens inside every use case, on the server.
 */
export const resolverTable: Record<ResolverName, ResolverSpec<z.ZodTypeAny>> = {
  getIncidentView: spec(IssueRequestSchema, (d, a, p) => incidentView(d, a, p.issueKey)),
  escalate: spec(EscalateRequestSchema, async (d, a, p) => { await escalate(d, a, p); return incidentView(d, a, p.issueKey); }),
  acknowledge: spec(IssueRequestSchema, async (d, a, p) => { await acknowledge(d, a, p.issueKey); return incidentView(d, a, p.issueKey); }),
  standDown: spec(StandDownRequestSchema, async (d, a, p) => { await standDown(d, a, p); return incidentView(d, a, p.issueKey); }),
  listPolicies: spec(Empty, (d, a) => listPolicies(d, a)),
  getPolicyHistory: spec(PolicyIdRequestSchema, (d, a, p) => policyHistory(d, a, p.id)),
  validatePolicy: spec(ValidatePolicyRequestSchema, (d, a, p) => checkPolicy(d, a, p.policy)),
  savePolicy: spec(SavePolicyRequestSchema, (d, a, p) => savePolicy(d, a, p)),
  deletePolicy: spec(DeletePolicyRequestSchema, async (d, a, p) => { await deletePolicy(d, a, p.id, p.reason); return { deleted: p.id }; }),
  getConfig: spec(Empty, (d, a) => getConfig(d, a)),
  saveConfig: spec(SaveConfigRequestSchema, (d, a, p) => saveConfig(d, a, p.config, p.reason)),
  getRoleMapping: spec(Empty, (d, a) => getRoleMapping(d, a)),
  saveRoleMapping: spec(SaveRoleMappingRequestSchema, (d, a, p) => saveRoleMapping(d, a, p)),
  listAccessLog: spec(ListAccessLogRequestSchema, (d, a, p) => listAccessLog(d, a, p.limit)),
  listSchedules: spec(Empty, (d, a) => listSchedules(d, a)),
  saveSchedule: spec(SaveScheduleRequestSchema, (d, a, p) => saveSchedule(d, a, p)),
  deleteSchedule: spec(DeleteScheduleRequestSchema, (d, a, p) => deleteSchedule(d, a, p)),
  previewSchedule: spec(PreviewScheduleRequestSchema, (d, a, p) => previewSchedule(d, a, p)),
  getMyDuties: spec(GetMyDutiesRequestSchema, (d, a, p) => getMyDuties(d, a, p.accountId)),
  confirmMyDuties: spec(Empty, (d, a) => confirmMyDuties(d, a)),
  getRoleAudit: spec(Empty, (d, a) => getRoleAudit(d, a)),
  runRoleAudit: spec(Empty, (d, a) => runRoleAudit(d, a)),
  attestRoleAudit: spec(AttestRoleAuditRequestSchema, (d, a, p) => attestRoleAudit(d, a, p)),
  listActiveEscalations: spec(ListActiveEscalationsRequestSchema, (d, a, p) => activeEscalations(d, a, p)),
  listIntegrations: spec(Empty, (d, a) => listIntegrations(d, a)),
  createIntegration: spec(SaveIntegrationRequestSchema, (d, a, p) => createIntegration(d, a, p)),
  updateIntegration: spec(SaveIntegrationRequestSchema, (d, a, p) => updateIntegration(d, a, p)),
  deleteIntegration: spec(DeleteIntegrationRequestSchema, (d, a, p) => deleteIntegration(d, a, p.id, p.reason)),
  rotateIntegrationSecret: spec(RotateSecretRequestSchema, (d, a, p) => rotateIntegrationSecret(d, a, p)),
  listIntegrationDeliveries: spec(ListDeliveriesRequestSchema, (d, a, p) => listIntegrationDeliveries(d, a, p.id, p.limit)),
  getAlertSettings: spec(Empty, (d, a) => getAlertSettings(d, a)),
  saveAlertSettings: spec(SaveAlertSettingsRequestSchema, (d, a, p) => saveAlertSettings(d, a, p.settings, p.reason)),
  sendTestAlert: spec(SendTestAlertRequestSchema, (d, a, p) => sendTestAlert(d, a, p)),
  confirmBridgeJoin: spec(ConfirmBridgeJoinRequestSchema, async (d, a, p) => { await confirmBridgeJoin(d, a, p); return incidentView(d, a, p.issueKey); }),
  designateCommsLead: spec(DesignateCommsLeadRequestSchema, async (d, a, p) => { await designateCommsLead(d, a, p); return incidentView(d, a, p.issueKey); }),
  publishUpdate: spec(PublishUpdateRequestSchema, async (d, a, p) => { await publishUpdate(d, a, p); return incidentView(d, a, p.issueKey); }),
  listCommsTemplates: spec(Empty, (d, a) => listTemplates(d, a)),
  saveCommsTemplate: spec(Parsed, (d, a, p) => saveTemplate(d, a, p)),
  previewCommsTemplate: spec(Parsed, (d, a, p) => previewTemplate(d, a, p)),
  getCommsChannels: spec(Empty, (d, a) => getChannelSettings(d, a)),
  saveCommsChannels: spec(Parsed, (d, a, p) => saveChannelSettings(d, a, p)),
  listFailedSends: spec(Empty, (d, a) => listFailedSends(d, a)),
  getMySubscriptions: spec(Empty, (d, a) => mySubscriptions(d, a)),
  subscribeToService: spec(Parsed, (d, a, p) => subscribe(d, a, p)),
  unsubscribeFromService: spec(Parsed, (d, a, p) => unsubscribe(d, a, p)),
};
