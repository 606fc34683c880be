/**
 * Storage for communications: templates, channels, deliveries and subscriptions. Filled in by
 * the communications work (issue 7).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface CommsStore {}
