/** How much each factor counts when choosing a responder (admins set them in `RoutingConfigSchema`). */
export interface RoutingWeights {
  /** Added when the candidate is on shift. */
  readonly onShift: number;
  /** Multiplies the share of the incident's tags the candidate has as skills (0..1). */
  readonly expertise: number;
  /** Multiplies the candidate's load factor (0..1, see WORKLOAD_HALF_POINT), subtracted. */
  readonly workload: number;
}

/**
 * A full skills match and a very heavy load (the load factor tends to 1) count the same, so a
 * busy expert still beats an idle generalist until the expert's queue is long; on shift is
 * worth more than both, though the on-shift rule is enforced separately from the weights.
 */
export const DEFAULT_ROUTING_WEIGHTS: RoutingWeights = { onShift: 2, expertise: 1, workload: 1 };
