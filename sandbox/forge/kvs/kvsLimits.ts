import { kvsErrors } from './kvsError.js';

/** 240 KiB, measured on the JSON the platform stores. */
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_KEY_LENGTH = 500;
export const MAX_DEPTH = 32;
export const MAX_PAGE = 100;
export const MAX_BATCH = 25;
export const MAX_TRANSACTION_OPS = 25;

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

export function validateKey(key: unknown, forEntity = false): string {
  if (typeof key !== 'string' || key.length === 0) throw forEntity ? kvsErrors.emptyKey() : kvsErrors.keyTooShort();
  if (key.length > MAX_KEY_LENGTH) throw kvsErrors.keyTooLong();
  if (!KEY_PATTERN.test(key)) throw kvsErrors.invalidKey();
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

/** Returns the JSON text to store, refusing what the platform refuses. */
export function validateValue(value: unknown): string {
  if (value === undefined) throw kvsErrors.badRequest('A value is required.');
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > MAX_VALUE_BYTES) throw kvsErrors.maxSize(bytes);
  if (depthOf(value) > MAX_DEPTH) throw kvsErrors.maxDepth();
  return json;
}

export interface Ttl {
  value: number;
  unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS';
}

const UNIT_MS: Record<Ttl['unit'], number> = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

export function ttlToMs(ttl: Ttl | undefined): number | undefined {
  if (ttl === undefined) return undefined;
  const unitMs = UNIT_MS[ttl.unit];
  if (!unitMs || !Number.isFinite(ttl.value) || ttl.value <= 0) throw kvsErrors.badRequest('Invalid ttl.');
  return ttl.value * unitMs;
}
