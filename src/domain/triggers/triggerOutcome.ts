/** The result of checking one trigger at one instant. */
export interface TriggerOutcome {
  triggerId: string;
  fired: boolean;
  /** When it will fire if nothing changes (epoch ms), or null if that cannot be known. */
  firesAt: number | null;
  /** Plain words: what was measured against which threshold. Built only when someone reads it. */
  detail: () => string;
}
