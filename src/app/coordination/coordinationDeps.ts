import type { CoordinationStore } from '../../ports/coordinationStore.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';

export type CoordinationDeps = Deps & { coordination: CoordinationStore };

/** The coordination store, or a refusal that says it is not wired in (tools and benchmarks). */
export function coordinationOf(deps: Pick<Deps, 'coordination'>): CoordinationStore {
  if (!deps.coordination) throw new AppError('NOT_FOUND', 'cross-team coordination is not available here');
  return deps.coordination;
}
