/**
 * How many times a decision is made again after losing a write to another invocation. Its own
 * file so the sweep and the agents' commands share it without importing each other (drills end
 * through a command from inside the sweep).
 */
export const CONFLICT_RETRIES = 3;
