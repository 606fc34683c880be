/**
 * The emulated Forge platform for the local sandbox. The app runs unmodified on the real
 * @forge/* packages; this module supplies what they call underneath:
 * `globalThis.__forge_fetch__`, `globalThis.__forge_runtime__` and `globalThis.__sandbox_clock__`.
 */
export { ForgeRuntime, createForgeRuntime, type ForgeRuntimeOptions } from './forgeRuntime.js';
export { VirtualClock, installClockSeam, type ClockSeam, type VirtualClockOptions } from './virtualClock.js';
export type { JiraActor, JiraHandler, JiraRequest, JiraResponse } from './jiraPort.js';
export type { InvocationOutcome, ModuleLoader, TimeLimitOverrides } from './invoke.js';
export type { ResolverCall, WebtriggerRequest, WebtriggerResponse } from './invoke/eventPayloads.js';
export type { LogEntry, LogQuery } from './invoke/logBuffer.js';
export { InvocationTimeoutError } from './invoke/timeLimit.js';
export { loadManifest, parseManifest, type ForgeManifest } from './manifest.js';
export type { AsyncEvent, RetryContext } from './queue/asyncEvent.js';
