import type { RetentionStore } from '../../../ports/retentionStore.js';
import type { Deps } from '../../shared/deps.js';
import { AppError } from '../../shared/appError.js';

/** The deps with retention storage present, or a clear refusal where a tool built deps without it. */
export function retentionDeps(deps: Deps): Deps & { retention: RetentionStore } {
  if (!deps.retention) throw new AppError('NOT_FOUND', 'retention settings are not available in this installation');
  return deps as Deps & { retention: RetentionStore };
}
