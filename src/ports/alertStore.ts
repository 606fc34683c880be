/**
 * Storage for alert integrations: their configuration, delivery records, dedup and correlation
 * state. Filled in by the alert-ingestion work (issue 6).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface AlertStore {}
