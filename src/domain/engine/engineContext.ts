import type { Schedule } from '../oncall/schedule.js';

/** Data the engine reads besides the policy and configuration: on-call schedules by id. */
export interface EngineContext {
  schedules: ReadonlyMap<string, Schedule>;
}

export const emptyEngineContext: EngineContext = { schedules: new Map() };
