// Forge handlers named in manifest.yml, grouped by module kind.

// Resolvers for the issue panel, admin page and dashboard.
export { resolverHandler as resolver } from './entry/resolvers/resolver.js';
// scheduledTrigger: the five-minute sweep.
export { sweepTrigger as sweep } from './entry/triggers/sweepTrigger.js';
// scheduledTrigger: the daily governance run (monthly adherence audit, overdue sign-offs).
export { governanceDailyTrigger as governanceDaily } from './entry/triggers/governanceDailyTrigger.js';
// scheduledTrigger: hourly, starts due drill programmes and ends drills past their limit.
export { drillProgrammesTrigger as drillProgrammes } from './entry/triggers/drillProgrammesTrigger.js';
// trigger: issue created / updated.
export { issueEventTrigger as issueEvent } from './entry/triggers/issueEventTrigger.js';
// consumer: exact timers from the escalation-timers queue.
export { timerHandler as timer } from './entry/consumers/timerConsumer.js';
// webtrigger: acknowledgement links sent in pages.
export { ackLinkWebtrigger as ackLink } from './entry/webtriggers/ackLinkWebtrigger.js';
// webtrigger: monitoring and SIEM alerts in (one endpoint, `?integration=<id>`).
export { alertIngestWebtrigger as alertIngest } from './entry/webtriggers/alertIngestWebtrigger.js';
