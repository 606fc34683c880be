import type { z } from 'zod';
import type {
  ConfigView, DeletePolicyRequestSchema, EscalateRequest, IncidentView, IssueRequestSchema,
  PolicyIdRequestSchema, PolicySummary, ResolverName, SaveConfigRequestSchema, SavePolicyRequest,
  StandDownRequest, ValidatePolicyRequestSchema, ValidationResult,
} from '../../src/contracts/resolvers.js';
import type { ListActiveEscalationsRequest, ActiveEscalationsView } from '../../src/contracts/dashboard.js';
import type { ListAccessLogRequest, RoleMappingView, SaveRoleMappingRequest } from '../../src/contracts/access.js';
import type { AccessLogEntry } from '../../src/contracts/accessLog.js';
import type {
  DeleteScheduleRequest, PreviewScheduleRequest, SaveScheduleRequest, SchedulePreview, ScheduleSummary,
} from '../../src/contracts/oncall.js';
import type {
  ChannelSettingsView, FailedSendsView, PreviewTemplateInput, SaveChannelSettingsInput, SaveTemplateInput, TemplatePreview, TemplatesView, TemplateView,
} from '../../src/contracts/commsAdmin.js';
import type { MySubscriptionsView, SubscriptionInput } from '../../src/contracts/commsSubscriptions.js';
import type { ConfirmBridgeJoinRequestSchema, DesignateCommsLeadRequestSchema, PublishUpdateRequestSchema } from '../../src/contracts/incidentComms.js';
import type { AttestRoleAuditRequest, DutiesView, GetMyDutiesRequest, RoleAuditView } from '../../src/contracts/duties.js';
import type { AlertSettings, DeliveryRecord } from '../../src/contracts/integration.js';
import type {
  DeleteIntegrationRequestSchema, IntegrationCreated, IntegrationView, ListDeliveriesRequest, RotateSecretRequest,
  SaveAlertSettingsRequest, SaveIntegrationRequest, SecretRotated, SendTestAlertRequest, TestAlertResult,
} from '../../src/contracts/integrationAdmin.js';

type Empty = Record<string, never>;

/**
 * Request and response of every resolver, keyed by name. Requests are the contract's schemas'
 * input types, so the UI and the resolvers cannot drift apart silently.
 */
export interface ResolverTypes {
  getIncidentView: { request: z.input<typeof IssueRequestSchema>; response: IncidentView };
  escalate: { request: EscalateRequest; response: IncidentView };
  acknowledge: { request: z.input<typeof IssueRequestSchema>; response: IncidentView };
  standDown: { request: StandDownRequest; response: IncidentView };
  listPolicies: { request: Empty; response: PolicySummary[] };
  getPolicyHistory: { request: z.input<typeof PolicyIdRequestSchema>; response: PolicySummary[] };
  validatePolicy: { request: z.input<typeof ValidatePolicyRequestSchema>; response: ValidationResult };
  savePolicy: { request: SavePolicyRequest; response: PolicySummary };
  deletePolicy: { request: z.input<typeof DeletePolicyRequestSchema>; response: { deleted: string } };
  getConfig: { request: Empty; response: ConfigView };
  saveConfig: { request: z.input<typeof SaveConfigRequestSchema>; response: ConfigView };
  getRoleMapping: { request: Empty; response: RoleMappingView };
  saveRoleMapping: { request: SaveRoleMappingRequest; response: RoleMappingView };
  listAccessLog: { request: ListAccessLogRequest; response: AccessLogEntry[] };
  listSchedules: { request: Empty; response: ScheduleSummary[] };
  saveSchedule: { request: SaveScheduleRequest; response: ScheduleSummary };
  deleteSchedule: { request: DeleteScheduleRequest; response: { deleted: string } };
  previewSchedule: { request: PreviewScheduleRequest; response: SchedulePreview };
  getMyDuties: { request: GetMyDutiesRequest; response: DutiesView };
  confirmMyDuties: { request: Empty; response: DutiesView };
  getRoleAudit: { request: Empty; response: RoleAuditView };
  runRoleAudit: { request: Empty; response: RoleAuditView };
  attestRoleAudit: { request: AttestRoleAuditRequest; response: RoleAuditView };
  listActiveEscalations: { request: ListActiveEscalationsRequest; response: ActiveEscalationsView };
  listIntegrations: { request: Empty; response: IntegrationView[] };
  createIntegration: { request: SaveIntegrationRequest; response: IntegrationCreated };
  updateIntegration: { request: SaveIntegrationRequest; response: IntegrationView };
  deleteIntegration: { request: z.input<typeof DeleteIntegrationRequestSchema>; response: { deleted: string } };
  rotateIntegrationSecret: { request: RotateSecretRequest; response: SecretRotated };
  listIntegrationDeliveries: { request: ListDeliveriesRequest; response: DeliveryRecord[] };
  sendTestAlert: { request: SendTestAlertRequest; response: TestAlertResult };
  getAlertSettings: { request: Empty; response: AlertSettings };
  saveAlertSettings: { request: SaveAlertSettingsRequest; response: AlertSettings };
  listCommsTemplates: { request: Empty; response: TemplatesView };
  saveCommsTemplate: { request: SaveTemplateInput; response: TemplateView };
  previewCommsTemplate: { request: PreviewTemplateInput; response: TemplatePreview };
  getCommsChannels: { request: Empty; response: ChannelSettingsView };
  saveCommsChannels: { request: SaveChannelSettingsInput; response: ChannelSettingsView };
  listFailedSends: { request: Empty; response: FailedSendsView };
  getMySubscriptions: { request: Empty; response: MySubscriptionsView };
  subscribeToService: { request: SubscriptionInput; response: MySubscriptionsView };
  unsubscribeFromService: { request: SubscriptionInput; response: MySubscriptionsView };
  confirmBridgeJoin: { request: z.input<typeof ConfirmBridgeJoinRequestSchema>; response: IncidentView };
  designateCommsLead: { request: z.input<typeof DesignateCommsLeadRequestSchema>; response: IncidentView };
  publishUpdate: { request: z.input<typeof PublishUpdateRequestSchema>; response: IncidentView };
}

// Fails to compile if the UI names a resolver the back end does not list (a rename or removal).
// The other direction is deliberately not checked: a new back-end resolver the UI does not call
// yet must not break the UI build for everyone working in parallel.
type Unlisted = Exclude<keyof ResolverTypes, ResolverName>;
export const everyUiResolverListed: [Unlisted] extends [never] ? true : never = true;

export type UiResolverName = keyof ResolverTypes;
export type RequestOf<N extends UiResolverName> = ResolverTypes[N]['request'];
export type ResponseOf<N extends UiResolverName> = ResolverTypes[N]['response'];
