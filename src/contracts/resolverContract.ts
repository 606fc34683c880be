import { z } from 'zod';
import { ListAccessLogRequestSchema, SaveRoleMappingRequestSchema, type RoleMappingView } from './access.js';
import type { AccessLogEntry } from './accessLog.js';
import { KpiReportRequestSchema, type KpiReport } from './kpiReport.js';
import {
  AssignAccessReviewRequestSchema, CompleteAccessReviewRequestSchema, GetAccessReviewRequestSchema, RunAccessReviewRequestSchema, SignOffFindingRequestSchema,
  type AccessReviewsView,
} from './accessReview.js';
import { ListRecordsNeedingAttentionSchema, type RecordsNeedingAttention } from './incidentIntegrity.js';
import { BacktestRequestSchema, type BacktestView } from './backtest.js';
import { SimulatePolicyRequestSchema, type SimulationView } from './simulator.js';
import {
  PreviewTemplateInputSchema, SaveChannelSettingsInputSchema, SaveTemplateInputSchema,
  type ChannelSettingsView, type FailedSendsView, type TemplatePreview, type TemplatesView, type TemplateView,
} from './commsAdmin.js';
import { SubscriptionInputSchema, type MySubscriptionsView } from './commsSubscriptions.js';
import { ListActiveEscalationsRequestSchema, type ActiveEscalationsView } from './dashboard.js';
import type { MySurfacesView } from './surfaces.js';
import { AttestRoleAuditRequestSchema, GetMyDutiesRequestSchema, type DutiesView, type RoleAuditView } from './duties.js';
import { ConfirmBridgeJoinRequestSchema, DesignateCommsLeadRequestSchema, PublishUpdateRequestSchema } from './incidentComms.js';
import type { AlertSettings, DeliveryRecord } from './integration.js';
import {
  DeleteIntegrationRequestSchema, ListDeliveriesRequestSchema, RotateSecretRequestSchema, SaveAlertSettingsRequestSchema,
  PreviewIntegrationRulesRequestSchema, SaveIntegrationRequestSchema, SendTestAlertRequestSchema,
  type IntegrationCreated, type IntegrationRulesPreview, type IntegrationView, type SecretRotated, type TestAlertResult,
} from './integrationAdmin.js';
import { RunSyntheticCheckRequestSchema, SaveSyntheticCheckRequestSchema, SyntheticCheckIdRequestSchema, type SyntheticView } from './synthetic.js';
import { HeartbeatIdRequestSchema, SaveHeartbeatRequestSchema, type HeartbeatCreated, type HeartbeatView } from './heartbeat.js';
import { DeleteScheduleRequestSchema, PreviewScheduleRequestSchema, SaveScheduleRequestSchema, type SchedulePreview, type ScheduleSummary } from './oncall.js';
import {
  DeletePolicyRequestSchema, EscalateRequestSchema, IssueRequestSchema, PolicyIdRequestSchema, SaveConfigRequestSchema,
  SavePolicyRequestSchema, StandDownRequestSchema, ValidatePolicyRequestSchema,
  type ConfigView, type IncidentView, type PolicySummary, type ValidationResult,
} from './resolvers.js';
import {
  AddFindingRequestSchema, ExportReviewRequestSchema, PublishFindingRequestSchema, ReopenReviewRequestSchema, ReviewRequestSchema,
  SaveReviewContentRequestSchema, SaveReviewSettingsRequestSchema, PathEffectivenessRequestSchema, type ReviewExport, type ReviewView,
} from './reviewView.js';
import type { ReviewSettings } from './reviewSettings.js';
import type { PathEffectiveness } from './pathRollup.js';
import { GetRecurrenceRequestSchema, RecordRunbookRevisionRequestSchema, SaveRecurrenceSettingsRequestSchema, type RecurrenceView } from './recurrence.js';
import { ImportConfigurationRequestSchema, type ImportConfigurationResult } from './configTransfer.js';
import { LookupPeopleRequestSchema, SearchPeopleRequestSchema, type PeopleLookup, type PeopleSearchResult } from './people.js';
import {
  DispositionRequestSchema, ExportTrailRequestSchema, GetAuditRequestSchema, RunAuditRequestSchema, SignOffRequestSchema,
  type AuditView, type AuditListItem, type TrailExport, type TrailVerdictView,
} from './governance.js';
import { BuildEvidencePackRequestSchema, type EvidencePackView } from './evidencePack.js';
import { PlaceHoldRequestSchema, ReleaseHoldRequestSchema, SaveRetentionRequestSchema, type RetentionView } from './retention.js';
import { AssessControlsRequestSchema, DeleteControlRequestSchema, SaveControlRequestSchema, type ControlsReport } from './controls.js';
import { DeleteTeamRequestSchema, SaveTeamRequestSchema, TeamHistoryRequestSchema, type StoredTeam, type TeamSummary } from './team.js';
import { DeleteProtocolRequestSchema, SaveProtocolRequestSchema, type StoredProtocol } from './protocol.js';
import {
  CoordinationRequestSchema, DesignateCommanderRequestSchema, EngageTeamRequestSchema, HandoffDecisionRequestSchema, OlaReportRequestSchema,
  ReleaseTeamRequestSchema, RequestHandoffRequestSchema, TeamActionRequestSchema, type CoordinationView, type OlaReportView,
} from './coordinationView.js';
import {
  AddDrillFindingRequestSchema, DrillKeyRequestSchema, OpenFindingTaskRequestSchema, ProgrammeIdRequestSchema, RunDrillRequestSchema,
  SaveProgrammeRequestSchema, SaveRunbookRequestSchema, type CoverageView, type DrillRecord, type DrillReportView, type DrillsView,
} from './drills.js';
import {
  SaveTabletopScenarioRequestSchema, StartTabletopRequestSchema, TabletopKeyRequestSchema,
  type StoredTabletopScenario, type TabletopResultView, type TabletopsView,
} from './tabletop.js';
import { AcceptShiftHandoffRequestSchema, HandOverShiftRequestSchema, type ShiftHandoff, type ShiftHandoffsView } from './shiftHandoff.js';

/**
 * One resolver as both sides see it: the schema its payload must match and the type of what it
 * returns. `response` exists only for the type checker (it is always undefined at run time).
 * `boundary: 'useCase'` marks payloads the use case parses itself so its errors can name fields
 * inside (the handler then passes the payload through unparsed); the UI still types the payload
 * from the schema.
 */
export interface ResolverDef<S extends z.ZodTypeAny, R, B extends Boundary = Boundary> {
  readonly request: S;
  readonly boundary: B;
  readonly response?: { readonly value: R };
}
export type Boundary = 'handler' | 'useCase';

/** `returns<IncidentView>()(IssueRequestSchema)`: the response type first, then the payload schema. */
const returns = <R>() => <S extends z.ZodTypeAny, B extends Boundary = 'handler'>(request: S, boundary?: B): ResolverDef<S, R, B> =>
  ({ request, boundary: (boundary ?? 'handler') as B });

const Empty = z.object({});
type Deleted = { deleted: string };

/**
 * Every resolver the back end defines and the UI may invoke, by name. The back end's resolver
 * table must implement exactly these keys with use cases returning these types, and the UI's
 * `invokeResolver` takes its payload and response types from here: one definition, two readers.
 */
export const resolverContract = {
  getIncidentView: returns<IncidentView>()(IssueRequestSchema),
  escalate: returns<IncidentView>()(EscalateRequestSchema),
  acknowledge: returns<IncidentView>()(IssueRequestSchema),
  standDown: returns<IncidentView>()(StandDownRequestSchema),
  listPolicies: returns<PolicySummary[]>()(Empty),
  getPolicyHistory: returns<PolicySummary[]>()(PolicyIdRequestSchema),
  validatePolicy: returns<ValidationResult>()(ValidatePolicyRequestSchema),
  savePolicy: returns<PolicySummary>()(SavePolicyRequestSchema),
  deletePolicy: returns<Deleted>()(DeletePolicyRequestSchema),
  getConfig: returns<ConfigView>()(Empty),
  saveConfig: returns<ConfigView>()(SaveConfigRequestSchema),
  getRoleMapping: returns<RoleMappingView>()(Empty),
  saveRoleMapping: returns<RoleMappingView>()(SaveRoleMappingRequestSchema),
  getRoleMappingHistory: returns<RoleMappingView[]>()(Empty),
  listAccessLog: returns<AccessLogEntry[]>()(ListAccessLogRequestSchema),
  listRecordsNeedingAttention: returns<RecordsNeedingAttention>()(ListRecordsNeedingAttentionSchema),
  listSchedules: returns<ScheduleSummary[]>()(Empty),
  saveSchedule: returns<ScheduleSummary>()(SaveScheduleRequestSchema),
  deleteSchedule: returns<Deleted>()(DeleteScheduleRequestSchema),
  previewSchedule: returns<SchedulePreview>()(PreviewScheduleRequestSchema),
  getMySurfaces: returns<MySurfacesView>()(Empty),
  getMyDuties: returns<DutiesView>()(GetMyDutiesRequestSchema),
  confirmMyDuties: returns<DutiesView>()(Empty),
  getRoleAudit: returns<RoleAuditView>()(Empty),
  runRoleAudit: returns<RoleAuditView>()(Empty),
  attestRoleAudit: returns<RoleAuditView>()(AttestRoleAuditRequestSchema),
  listActiveEscalations: returns<ActiveEscalationsView>()(ListActiveEscalationsRequestSchema),
  listIntegrations: returns<IntegrationView[]>()(Empty),
  createIntegration: returns<IntegrationCreated>()(SaveIntegrationRequestSchema),
  updateIntegration: returns<IntegrationView>()(SaveIntegrationRequestSchema),
  deleteIntegration: returns<Deleted>()(DeleteIntegrationRequestSchema),
  rotateIntegrationSecret: returns<SecretRotated>()(RotateSecretRequestSchema),
  listIntegrationDeliveries: returns<DeliveryRecord[]>()(ListDeliveriesRequestSchema),
  getAlertSettings: returns<AlertSettings>()(Empty),
  saveAlertSettings: returns<AlertSettings>()(SaveAlertSettingsRequestSchema),
  sendTestAlert: returns<TestAlertResult>()(SendTestAlertRequestSchema),
  previewIntegrationRules: returns<IntegrationRulesPreview>()(PreviewIntegrationRulesRequestSchema),
  listHeartbeats: returns<HeartbeatView[]>()(Empty),
  createHeartbeat: returns<HeartbeatCreated>()(SaveHeartbeatRequestSchema),
  updateHeartbeat: returns<HeartbeatView>()(SaveHeartbeatRequestSchema),
  deleteHeartbeat: returns<Deleted>()(HeartbeatIdRequestSchema),
  rotateHeartbeatSecret: returns<HeartbeatCreated>()(HeartbeatIdRequestSchema),
  listSyntheticChecks: returns<SyntheticView[]>()(Empty),
  saveSyntheticCheck: returns<SyntheticView>()(SaveSyntheticCheckRequestSchema),
  deleteSyntheticCheck: returns<Deleted>()(SyntheticCheckIdRequestSchema),
  runSyntheticCheck: returns<SyntheticView>()(RunSyntheticCheckRequestSchema),
  confirmBridgeJoin: returns<IncidentView>()(ConfirmBridgeJoinRequestSchema),
  designateCommsLead: returns<IncidentView>()(DesignateCommsLeadRequestSchema),
  publishUpdate: returns<IncidentView>()(PublishUpdateRequestSchema),
  listCommsTemplates: returns<TemplatesView>()(Empty),
  saveCommsTemplate: returns<TemplateView>()(SaveTemplateInputSchema, 'useCase'),
  previewCommsTemplate: returns<TemplatePreview>()(PreviewTemplateInputSchema, 'useCase'),
  getCommsChannels: returns<ChannelSettingsView>()(Empty),
  saveCommsChannels: returns<ChannelSettingsView>()(SaveChannelSettingsInputSchema, 'useCase'),
  listFailedSends: returns<FailedSendsView>()(Empty),
  getMySubscriptions: returns<MySubscriptionsView>()(Empty),
  subscribeToService: returns<MySubscriptionsView>()(SubscriptionInputSchema, 'useCase'),
  unsubscribeFromService: returns<MySubscriptionsView>()(SubscriptionInputSchema, 'useCase'),
  simulatePolicy: returns<SimulationView>()(SimulatePolicyRequestSchema),
  backtestPolicy: returns<BacktestView>()(BacktestRequestSchema),
  getReview: returns<ReviewView | null>()(ReviewRequestSchema),
  saveReviewContent: returns<ReviewView>()(SaveReviewContentRequestSchema),
  addReviewFinding: returns<ReviewView>()(AddFindingRequestSchema),
  publishReviewFinding: returns<ReviewView>()(PublishFindingRequestSchema),
  completeReview: returns<ReviewView>()(ReviewRequestSchema),
  reopenReview: returns<ReviewView>()(ReopenReviewRequestSchema),
  exportReview: returns<ReviewExport>()(ExportReviewRequestSchema),
  getReviewSettings: returns<ReviewSettings>()(Empty),
  saveReviewSettings: returns<ReviewSettings>()(SaveReviewSettingsRequestSchema),
  getPathEffectiveness: returns<PathEffectiveness>()(PathEffectivenessRequestSchema),
  getRecurrence: returns<RecurrenceView>()(GetRecurrenceRequestSchema),
  saveRecurrenceSettings: returns<RecurrenceView>()(SaveRecurrenceSettingsRequestSchema),
  recordRunbookRevision: returns<RecurrenceView>()(RecordRunbookRevisionRequestSchema),
  searchPeople: returns<PeopleSearchResult>()(SearchPeopleRequestSchema),
  lookupPeople: returns<PeopleLookup>()(LookupPeopleRequestSchema),
  importConfiguration: returns<ImportConfigurationResult>()(ImportConfigurationRequestSchema),
  listAdherenceAudits: returns<AuditListItem[]>()(Empty),
  getAdherenceAudit: returns<AuditView>()(GetAuditRequestSchema),
  runAdherenceAudit: returns<AuditView>()(RunAuditRequestSchema),
  dispositionDeviation: returns<AuditView>()(DispositionRequestSchema),
  signOffAdherenceAudit: returns<AuditView>()(SignOffRequestSchema),
  getAccessReviews: returns<AccessReviewsView>()(GetAccessReviewRequestSchema),
  runAccessReview: returns<AccessReviewsView>()(RunAccessReviewRequestSchema),
  assignAccessReview: returns<AccessReviewsView>()(AssignAccessReviewRequestSchema),
  signOffAccessFinding: returns<AccessReviewsView>()(SignOffFindingRequestSchema),
  completeAccessReview: returns<AccessReviewsView>()(CompleteAccessReviewRequestSchema),
  getKpiReport: returns<KpiReport>()(KpiReportRequestSchema),
  verifyAuditTrail: returns<TrailVerdictView>()(Empty),
  exportAuditTrail: returns<TrailExport>()(ExportTrailRequestSchema),
  assessControls: returns<ControlsReport>()(AssessControlsRequestSchema),
  saveCustomControl: returns<ControlsReport>()(SaveControlRequestSchema),
  deleteCustomControl: returns<ControlsReport>()(DeleteControlRequestSchema),
  buildEvidencePack: returns<EvidencePackView>()(BuildEvidencePackRequestSchema),
  getRetention: returns<RetentionView>()(Empty),
  saveRetention: returns<RetentionView>()(SaveRetentionRequestSchema),
  placeLegalHold: returns<RetentionView>()(PlaceHoldRequestSchema),
  releaseLegalHold: returns<RetentionView>()(ReleaseHoldRequestSchema),
  listTeams: returns<TeamSummary[]>()(Empty),
  saveTeam: returns<TeamSummary>()(SaveTeamRequestSchema),
  deleteTeam: returns<Deleted>()(DeleteTeamRequestSchema),
  getTeamHistory: returns<StoredTeam[]>()(TeamHistoryRequestSchema),
  listProtocols: returns<StoredProtocol[]>()(Empty),
  saveProtocol: returns<StoredProtocol>()(SaveProtocolRequestSchema),
  deleteProtocol: returns<Deleted>()(DeleteProtocolRequestSchema),
  getOlaReport: returns<OlaReportView>()(OlaReportRequestSchema),
  getCoordination: returns<CoordinationView>()(CoordinationRequestSchema),
  engageTeam: returns<CoordinationView>()(EngageTeamRequestSchema),
  acknowledgeTeam: returns<CoordinationView>()(TeamActionRequestSchema),
  releaseTeam: returns<CoordinationView>()(ReleaseTeamRequestSchema),
  requestHandoff: returns<CoordinationView>()(RequestHandoffRequestSchema),
  decideHandoff: returns<CoordinationView>()(HandoffDecisionRequestSchema),
  designateCommander: returns<CoordinationView>()(DesignateCommanderRequestSchema),
  getDrills: returns<DrillsView>()(Empty),
  saveDrillProgramme: returns<DrillsView>()(SaveProgrammeRequestSchema),
  saveRunbook: returns<DrillsView>()(SaveRunbookRequestSchema),
  runDrill: returns<DrillRecord>()(RunDrillRequestSchema),
  stopDrill: returns<DrillRecord>()(DrillKeyRequestSchema),
  getDrillReport: returns<DrillReportView>()(DrillKeyRequestSchema),
  addDrillFinding: returns<DrillReportView>()(AddDrillFindingRequestSchema),
  openDrillFindingTask: returns<DrillReportView>()(OpenFindingTaskRequestSchema),
  getDrillCoverage: returns<CoverageView>()(ProgrammeIdRequestSchema),
  getTabletops: returns<TabletopsView>()(Empty),
  saveTabletopScenario: returns<StoredTabletopScenario>()(SaveTabletopScenarioRequestSchema),
  startTabletop: returns<TabletopResultView>()(StartTabletopRequestSchema),
  getTabletopResult: returns<TabletopResultView>()(TabletopKeyRequestSchema),
  getShiftHandoffs: returns<ShiftHandoffsView>()(Empty),
  handOverShift: returns<ShiftHandoff>()(HandOverShiftRequestSchema),
  acceptShiftHandoff: returns<ShiftHandoff>()(AcceptShiftHandoffRequestSchema),
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverName = keyof ResolverContract;
export const resolverNames = Object.keys(resolverContract) as ResolverName[];
/** What the UI sends: the schema's input (defaults may be left out). */
export type RequestOf<N extends ResolverName> = z.input<ResolverContract[N]['request']>;
/** What the use case receives: the parsed payload, or the raw one where the use case parses it. */
export type ParsedRequestOf<N extends ResolverName> = ResolverContract[N]['boundary'] extends 'useCase' ? unknown : z.output<ResolverContract[N]['request']>;
export type ResponseOf<N extends ResolverName> = NonNullable<ResolverContract[N]['response']>['value'];
