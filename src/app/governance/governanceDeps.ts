import type { GovernanceStore } from '../../ports/governanceStore.js';
import type { Deps } from '../shared/deps.js';
import { AppError } from '../shared/appError.js';

/** The deps with governance storage present, or a clear refusal where a tool built deps without it. */
export function governanceDeps(deps: Deps): Deps & { governance: GovernanceStore } {
  if (!deps.governance) throw new AppError('NOT_FOUND', 'governance records are not available in this installation');
  return deps as Deps & { governance: GovernanceStore };
}
