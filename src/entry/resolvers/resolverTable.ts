import { getConfig, saveConfig } from '../../app/policies/configAdmin.js';
import type { Deps } from '../../app/shared/deps.js';
import { acknowledge, escalate, standDown } from '../../app/escalation/incidentCommands.js';
import { incidentView } from '../../app/escalation/incidentView.js';
import { checkPolicy, deletePolicy, listPolicies, policyHistory, savePolicy } from '../../app/policies/policyAdmin.js';
import type { Actor } from '../../app/shared/actor.js';
import { recordsNeedingAttention } from '../../app/integrity/recordsNeedingAttention.js';
import { getRoleMapping, getRoleMappingHistory, listAccessLog, saveRoleMapping } from '../../app/access/accessAdmin.js';
import { activeEscalations } from '../../app/escalation/activeEscalations.js';
import { confirmMyDuties, getMyDuties } from '../../app/oncall/myDuties.js';
import { mySurfaces } from '../../app/access/mySurfaces.js';
import { attestRoleAudit, getRoleAudit, runRoleAudit } from '../../app/oncall/roleAudit.js';
import { deleteSchedule, listSchedules, previewSchedule, saveSchedule } from '../../app/oncall/scheduleAdmin.js';
import type { ParsedRequestOf, ResolverName, ResponseOf } from '../../contracts/resolverContract.js';
import { getAlertSettings, saveAlertSettings } from '../../app/alerts/admin/alertSettingsAdmin.js';
import { createIntegration } from '../../app/alerts/admin/createIntegration.js';
import { deleteIntegration } from '../../app/alerts/admin/deleteIntegration.js';
import { listIntegrationDeliveries } from '../../app/alerts/admin/listIntegrationDeliveries.js';
import { listIntegrations } from '../../app/alerts/admin/listIntegrations.js';
import { rotateIntegrationSecret } from '../../app/alerts/admin/rotateIntegrationSecret.js';
import { previewIntegrationRules } from '../../app/alerts/admin/previewIntegrationRules.js';
import { sendTestAlert } from '../../app/alerts/admin/sendTestAlert.js';
import { updateIntegration } from '../../app/alerts/admin/updateIntegration.js';
import { deleteSyntheticCheck, listSyntheticChecks, runSyntheticCheck, saveSyntheticCheck } from '../../app/alerts/synthetic/admin/syntheticAdmin.js';
import { createHeartbeat, deleteHeartbeat, listHeartbeats, rotateHeartbeatSecret, updateHeartbeat } from '../../app/alerts/heartbeats/admin/heartbeatAdmin.js';
import { confirmBridgeJoin } from '../../app/comms/bridge/confirmBridgeJoin.js';
import { designateCommsLead } from '../../app/comms/lead/designateCommsLead.js';
import { publishUpdate } from '../../app/comms/lead/publishUpdate.js';
import { getChannelSettings, listFailedSends, saveChannelSettings } from '../../app/comms/channels/channelSettingsAdmin.js';
import { mySubscriptions, subscribe, unsubscribe } from '../../app/comms/subscriptions/subscriptions.js';
import { listTemplates, previewTemplate, saveTemplate } from '../../app/comms/templates/templateAdmin.js';
import { backtestPolicy } from '../../app/drills/backtestPolicy.js';
import { simulatePolicy } from '../../app/drills/simulatePolicy.js';
import { addFinding } from '../../app/reviews/addFinding.js';
import { exportReview } from '../../app/reviews/exportReview.js';
import { publishFindingDraft } from '../../app/reviews/publishFindingDraft.js';
import { completeReview, reopenReview, saveReviewContent } from '../../app/reviews/reviewCommands.js';
import { reviewView, reviewViewAfter } from '../../app/reviews/reviewView.js';
import { getReviewSettings, saveReviewSettings } from '../../app/reviews/reviewSettingsAdmin.js';
import { addDrillFinding, drillReport, openFindingTask } from '../../app/drills/drill/drillReport.js';
import { drillCoverageView, drillsView, runDrillNow, saveProgramme, saveRunbook, stopDrill } from '../../app/drills/programmes/drillsAdmin.js';
import { pathEffectivenessView } from '../../app/reviews/pathEffectivenessView.js';
import { recordRunbookRevision, saveRecurrenceSettings } from '../../app/reviews/recurrence/recurrenceAdmin.js';
import { recurrenceView } from '../../app/reviews/recurrence/recurrenceView.js';
import { lookupPeople, searchPeople } from '../../app/people/peopleSearch.js';
import { importConfiguration } from '../../app/policies/importConfiguration.js';
import { auditView, dispositionDeviation, getAudit, listAudits, runAuditNow, signOffAudit } from '../../app/governance/auditAdmin.js';
import { assignAccessReview, completeAccessReview, getAccessReviews, runAccessReviewNow, signOffFinding } from '../../app/governance/accessReview/accessReviewAdmin.js';
import { kpiReport } from '../../app/governance/kpi/kpiReport.js';
import { exportTrail, verifyTrail } from '../../app/governance/trailAdmin.js';
import { governanceDeps } from '../../app/governance/governanceDeps.js';
import { assessControls } from '../../app/governance/controls/assessControls.js';
import { deleteCustomControl, saveCustomControl } from '../../app/governance/controls/customControlAdmin.js';
import { buildEvidencePack } from '../../app/governance/evidencePack/buildEvidencePack.js';
import { getRetention, placeHold, releaseHold, saveRetention } from '../../app/governance/retention/retentionAdmin.js';
import { retentionDeps } from '../../app/governance/retention/retentionDeps.js';
import { deleteTeam, listTeams, saveTeam, teamHistory } from '../../app/coordination/teamAdmin.js';
import { saveTabletopScenario, startTabletop, tabletopResult, tabletopsView } from '../../app/drills/tabletop/tabletopAdmin.js';
import { acceptShiftHandoff, handOverShift, shiftHandoffsView } from '../../app/coordination/shiftHandoffs.js';
import { deleteProtocol, listProtocols, saveProtocol } from '../../app/coordination/protocolAdmin.js';
import { coordinationView, olaReportView } from '../../app/coordination/coordinationView.js';
import { acknowledgeTeam, decideHandoff, designateCommander, engageTeamByHand, handOff, releaseTeam } from '../../app/coordination/coordinationCommands.js';

/** A use case behind one resolver: it must return what the contract says the UI receives. */
export type ResolverRun<N extends ResolverName> = (deps: Deps, actor: Actor, payload: ParsedRequestOf<N>) => Promise<ResponseOf<N>>;

/**
 * Every resolver's use case, keyed by the names in src/contracts/resolverContract.ts (the payload
 * schemas live there too, and the handler parses with them). The mapped type makes a missing or
 * extra name, or a use case whose result is not the contract's response type, a compile error.
 * Authorisation (app role and Jira permission) happens inside every use case, on the server.
 */
export const resolverTable: { [N in ResolverName]: ResolverRun<N> } = {
  getIncidentView: (d, a, p) => incidentView(d, a, p.issueKey),
  escalate: async (d, a, p) => { await escalate(d, a, p); return incidentView(d, a, p.issueKey); },
  acknowledge: async (d, a, p) => { await acknowledge(d, a, p.issueKey); return incidentView(d, a, p.issueKey); },
  standDown: async (d, a, p) => { await standDown(d, a, p); return incidentView(d, a, p.issueKey); },
  listPolicies: (d, a) => listPolicies(d, a),
  getPolicyHistory: (d, a, p) => policyHistory(d, a, p.id),
  validatePolicy: (d, a, p) => checkPolicy(d, a, p.policy),
  savePolicy: (d, a, p) => savePolicy(d, a, p),
  deletePolicy: async (d, a, p) => { await deletePolicy(d, a, p.id, p.reason); return { deleted: p.id }; },
  getConfig: (d, a) => getConfig(d, a),
  saveConfig: (d, a, p) => saveConfig(d, a, p.config, p.reason),
  getRoleMapping: (d, a) => getRoleMapping(d, a),
  saveRoleMapping: (d, a, p) => saveRoleMapping(d, a, p),
  getRoleMappingHistory: (d, a) => getRoleMappingHistory(d, a),
  listAccessLog: (d, a, p) => listAccessLog(d, a, p.limit),
  listRecordsNeedingAttention: (d, a) => recordsNeedingAttention(d, a),
  listSchedules: (d, a) => listSchedules(d, a),
  saveSchedule: (d, a, p) => saveSchedule(d, a, p),
  deleteSchedule: (d, a, p) => deleteSchedule(d, a, p),
  previewSchedule: (d, a, p) => previewSchedule(d, a, p),
  getMySurfaces: (d, a) => mySurfaces(d, a),
  getMyDuties: (d, a, p) => getMyDuties(d, a, p.accountId),
  confirmMyDuties: (d, a) => confirmMyDuties(d, a),
  getRoleAudit: (d, a) => getRoleAudit(d, a),
  runRoleAudit: (d, a) => runRoleAudit(d, a),
  attestRoleAudit: (d, a, p) => attestRoleAudit(d, a, p),
  listActiveEscalations: (d, a, p) => activeEscalations(d, a, p),
  listIntegrations: (d, a) => listIntegrations(d, a),
  createIntegration: (d, a, p) => createIntegration(d, a, p),
  updateIntegration: (d, a, p) => updateIntegration(d, a, p),
  deleteIntegration: (d, a, p) => deleteIntegration(d, a, p.id, p.reason),
  rotateIntegrationSecret: (d, a, p) => rotateIntegrationSecret(d, a, p),
  listIntegrationDeliveries: (d, a, p) => listIntegrationDeliveries(d, a, p.id, p.limit),
  getAlertSettings: (d, a) => getAlertSettings(d, a),
  saveAlertSettings: (d, a, p) => saveAlertSettings(d, a, p.settings, p.reason),
  sendTestAlert: (d, a, p) => sendTestAlert(d, a, p),
  previewIntegrationRules: (d, a, p) => previewIntegrationRules(d, a, p),
  listHeartbeats: (d, a) => listHeartbeats(d, a),
  createHeartbeat: (d, a, p) => createHeartbeat(d, a, p),
  updateHeartbeat: (d, a, p) => updateHeartbeat(d, a, p),
  deleteHeartbeat: (d, a, p) => deleteHeartbeat(d, a, p.id, p.reason),
  rotateHeartbeatSecret: (d, a, p) => rotateHeartbeatSecret(d, a, p.id, p.reason),
  listSyntheticChecks: (d, a) => listSyntheticChecks(d, a),
  saveSyntheticCheck: (d, a, p) => saveSyntheticCheck(d, a, p),
  deleteSyntheticCheck: (d, a, p) => deleteSyntheticCheck(d, a, p.id, p.reason),
  runSyntheticCheck: (d, a, p) => runSyntheticCheck(d, a, p.id),
  confirmBridgeJoin: async (d, a, p) => { await confirmBridgeJoin(d, a, p); return incidentView(d, a, p.issueKey); },
  designateCommsLead: async (d, a, p) => { await designateCommsLead(d, a, p); return incidentView(d, a, p.issueKey); },
  publishUpdate: async (d, a, p) => { await publishUpdate(d, a, p); return incidentView(d, a, p.issueKey); },
  listCommsTemplates: (d, a) => listTemplates(d, a),
  saveCommsTemplate: (d, a, p) => saveTemplate(d, a, p),
  previewCommsTemplate: (d, a, p) => previewTemplate(d, a, p),
  getCommsChannels: (d, a) => getChannelSettings(d, a),
  saveCommsChannels: (d, a, p) => saveChannelSettings(d, a, p),
  listFailedSends: (d, a) => listFailedSends(d, a),
  getMySubscriptions: (d, a) => mySubscriptions(d, a),
  subscribeToService: (d, a, p) => subscribe(d, a, p),
  unsubscribeFromService: (d, a, p) => unsubscribe(d, a, p),
  simulatePolicy: (d, a, p) => simulatePolicy(d, a, p),
  backtestPolicy: (d, a, p) => backtestPolicy(d, a, p),
  getReview: (d, a, p) => reviewView(d, a, p.issueKey),
  saveReviewContent: async (d, a, p) => { await saveReviewContent(d, a, p.issueKey, p.content); return reviewViewAfter(d, a, p.issueKey); },
  addReviewFinding: async (d, a, p) => { await addFinding(d, a, p); return reviewViewAfter(d, a, p.issueKey); },
  publishReviewFinding: async (d, a, p) => { await publishFindingDraft(d, a, p.issueKey, p.findingId); return reviewViewAfter(d, a, p.issueKey); },
  completeReview: async (d, a, p) => { await completeReview(d, a, p.issueKey); return reviewViewAfter(d, a, p.issueKey); },
  reopenReview: async (d, a, p) => { await reopenReview(d, a, p.issueKey, p.reason); return reviewViewAfter(d, a, p.issueKey); },
  exportReview: (d, a, p) => exportReview(d, a, p.issueKey, p.format),
  getReviewSettings: (d, a) => getReviewSettings(d, a),
  saveReviewSettings: (d, a, p) => saveReviewSettings(d, a, p.settings, p.reason),
  getPathEffectiveness: (d, a, p) => pathEffectivenessView(d, a, p.from, p.to),
  getRecurrence: (d, a) => recurrenceView(d, a),
  saveRecurrenceSettings: (d, a, p) => saveRecurrenceSettings(d, a, p.settings, p.reason),
  recordRunbookRevision: (d, a, p) => recordRunbookRevision(d, a, p),
  searchPeople: (d, a, p) => searchPeople(d, a, p),
  lookupPeople: (d, a, p) => lookupPeople(d, a, p),
  importConfiguration: (d, a, p) => importConfiguration(d, a, p),
  listAdherenceAudits: (d, a) => listAudits(governanceDeps(d), a),
  getAdherenceAudit: async (d, a, p) => auditView(d, await getAudit(governanceDeps(d), a, p.period)),
  runAdherenceAudit: async (d, a, p) => auditView(d, await runAuditNow(governanceDeps(d), a, p.period)),
  dispositionDeviation: async (d, a, p) => auditView(d, await dispositionDeviation(governanceDeps(d), a, p)),
  signOffAdherenceAudit: async (d, a, p) => auditView(d, await signOffAudit(governanceDeps(d), a, p)),
  getAccessReviews: (d, a, p) => getAccessReviews(governanceDeps(d), a, p.quarter),
  runAccessReview: (d, a, p) => runAccessReviewNow(governanceDeps(d), a, p.quarter),
  assignAccessReview: (d, a, p) => assignAccessReview(governanceDeps(d), a, p),
  signOffAccessFinding: (d, a, p) => signOffFinding(governanceDeps(d), a, p),
  completeAccessReview: (d, a, p) => completeAccessReview(governanceDeps(d), a, p),
  getKpiReport: (d, a, p) => kpiReport(d, a, p.period),
  verifyAuditTrail: (d, a) => verifyTrail(governanceDeps(d), a),
  exportAuditTrail: (d, a, p) => exportTrail(governanceDeps(d), a, p.fromSeq),
  assessControls: (d, a, p) => assessControls(governanceDeps(d), a, p.period),
  saveCustomControl: (d, a, p) => saveCustomControl(governanceDeps(d), a, p),
  deleteCustomControl: (d, a, p) => deleteCustomControl(governanceDeps(d), a, p),
  buildEvidencePack: (d, a, p) => buildEvidencePack(governanceDeps(d), a, p.period),
  getRetention: (d, a) => getRetention(retentionDeps(d), a),
  saveRetention: (d, a, p) => saveRetention(retentionDeps(d), a, p),
  placeLegalHold: (d, a, p) => placeHold(retentionDeps(d), a, p),
  releaseLegalHold: (d, a, p) => releaseHold(retentionDeps(d), a, p),
  listTeams: (d, a) => listTeams(d, a),
  saveTeam: (d, a, p) => saveTeam(d, a, p),
  deleteTeam: (d, a, p) => deleteTeam(d, a, p),
  getTeamHistory: (d, a, p) => teamHistory(d, a, p.id),
  listProtocols: (d, a) => listProtocols(d, a),
  saveProtocol: (d, a, p) => saveProtocol(d, a, p),
  deleteProtocol: (d, a, p) => deleteProtocol(d, a, p),
  getOlaReport: (d, a, p) => olaReportView(d, a, p),
  getCoordination: (d, a, p) => coordinationView(d, a, p.issueKey),
  engageTeam: async (d, a, p) => { await engageTeamByHand(d, a, p); return coordinationView(d, a, p.issueKey); },
  acknowledgeTeam: async (d, a, p) => { await acknowledgeTeam(d, a, p); return coordinationView(d, a, p.issueKey); },
  releaseTeam: async (d, a, p) => { await releaseTeam(d, a, p); return coordinationView(d, a, p.issueKey); },
  requestHandoff: async (d, a, p) => { await handOff(d, a, p); return coordinationView(d, a, p.issueKey); },
  decideHandoff: async (d, a, p) => { await decideHandoff(d, a, p); return coordinationView(d, a, p.issueKey); },
  designateCommander: async (d, a, p) => { await designateCommander(d, a, p); return coordinationView(d, a, p.issueKey); },
  getDrills: (d, a) => drillsView(d, a),
  saveDrillProgramme: (d, a, p) => saveProgramme(d, a, p.programme),
  saveRunbook: (d, a, p) => saveRunbook(d, a, p.runbook),
  runDrill: (d, a, p) => runDrillNow(d, a, p),
  stopDrill: (d, a, p) => stopDrill(d, a, p.issueKey),
  getDrillReport: (d, a, p) => drillReport(d, a, p.issueKey),
  addDrillFinding: (d, a, p) => addDrillFinding(d, a, p),
  openDrillFindingTask: (d, a, p) => openFindingTask(d, a, p),
  getDrillCoverage: (d, a, p) => drillCoverageView(d, a, p.programmeId),
  getTabletops: (d, a) => tabletopsView(d, a),
  saveTabletopScenario: (d, a, p) => saveTabletopScenario(d, a, p),
  startTabletop: (d, a, p) => startTabletop(d, a, p),
  getTabletopResult: (d, a, p) => tabletopResult(d, a, p.issueKey),
  getShiftHandoffs: (d, a) => shiftHandoffsView(d, a),
  handOverShift: (d, a, p) => handOverShift(d, a, p),
  acceptShiftHandoff: (d, a, p) => acceptShiftHandoff(d, a, p),
};
