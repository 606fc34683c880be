import type { SyntheticCheck, SyntheticRun } from '../contracts/synthetic.js';

/** Synthetic checks and their runs in app storage. */
export interface SyntheticStore {
  listChecks(): Promise<SyntheticCheck[]>;
  getCheck(id: string): Promise<SyntheticCheck | null>;
  saveCheck(c: SyntheticCheck): Promise<void>;
  deleteCheck(id: string): Promise<void>;
  getRun(id: string): Promise<SyntheticRun | null>;
  saveRun(r: SyntheticRun): Promise<void>;
  /** Newest first. */
  listRuns(checkId: string, limit: number): Promise<SyntheticRun[]>;
}
