/**
 * The difference between the server's clock and this browser's, taken when a response arrived.
 * Countdowns add it to Date.now() so a wrong laptop clock does not show the wrong time left.
 */
export function serverOffsetMs(serverNowIso: string, receivedAtMs: number): number {
  const server = Date.parse(serverNowIso);
  return Number.isFinite(server) ? server - receivedAtMs : 0;
}

/**
 * An SLA's remaining time now, given what it was at the server's `now`. Paused and completed
 * clocks do not run, so they keep the value the server reported.
 */
export function slaRemainingAt(
  sla: { remainingMs: number; paused: boolean; completed: boolean },
  serverNowIso: string,
  nowMs: number,
): number {
  if (sla.paused || sla.completed) return sla.remainingMs;
  const at = Date.parse(serverNowIso);
  return Number.isFinite(at) ? sla.remainingMs - (nowMs - at) : sla.remainingMs;
}
