import { kvs, MetadataField, type ForgeKvsAPIError } from '@forge/kvs';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { bareRuntime } from './helpers.js';

let runtime: ForgeRuntime;
beforeEach(() => {
  runtime = bareRuntime();
});
afterEach(() => runtime.close());

const kvsError = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a ForgeKvsAPIError');
    },
    (e: ForgeKvsAPIError) => ({ name: e.name, code: e.code, status: e.responseDetails?.status }),
  );

describe('@forge/kvs get/set/delete through the sandbox', () => {
  it('returns what was set and undefined once deleted', async () => {
    await kvs.set('incident:INC-1', { level: 2, tags: ['p1'] });
    expect(await kvs.get('incident:INC-1')).toEqual({ level: 2, tags: ['p1'] });
    await kvs.delete('incident:INC-1');
    expect(await kvs.get('incident:INC-1')).toBeUndefined();
  });

  it('returns undefined for a key never set and deletes missing keys quietly', async () => {
    expect(await kvs.get('never')).toBeUndefined();
    await expect(kvs.delete('never')).resolves.toBeUndefined();
  });

  it('reports createdAt/updatedAt on the virtual clock when asked', async () => {
    const t0 = runtime.clock.now();
    await kvs.set('k', 1);
    await runtime.advance(60_000);
    await kvs.set('k', 2);
    const got = await kvs.get('k', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(got).toEqual({ key: 'k', value: 2, createdAt: t0, updatedAt: t0 + 60_000 });
  });

  it('refuses a second write with keyPolicy FAIL_IF_EXISTS', async () => {
    await kvs.set('lock:INC-1', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvsError(kvs.set('lock:INC-1', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }))).toEqual({
      name: 'ForgeKvsError',
      code: 'KEY_CONFLICT',
      status: 409,
    });
    expect(await kvs.get('lock:INC-1')).toBe('first');
  });

  it('returns the previous or latest value when returnValue is asked for', async () => {
    expect(await kvs.set('counter', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('counter', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({ key: 'counter', value: 1 });
    expect(await kvs.set('counter', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({ key: 'counter', value: 3 });
  });

  it('expires a ttl key once the virtual clock passes its expiry', async () => {
    await kvs.set('dedup:alert-9', true, { ttl: { value: 10, unit: 'MINUTES' } });
    await runtime.advance(9 * 60_000);
    expect(await kvs.get('dedup:alert-9')).toBe(true);
    await runtime.advance(60_000);
    expect(await kvs.get('dedup:alert-9')).toBeUndefined();
    // An expired key no longer blocks a first-writer-wins set.
    await expect(kvs.set('dedup:alert-9', 'again', { keyPolicy: 'FAIL_IF_EXISTS' })).resolves.toBeUndefined();
  });

  it('rejects a value over 240 KiB with MAX_SIZE', async () => {
    expect(await kvsError(kvs.set('big', 'x'.repeat(240 * 1024)))).toMatchObject({ code: 'MAX_SIZE', status: 400 });
  });

  it.each([
    ['a key over 500 characters', 'k'.repeat(501), 'KEY_TOO_LONG'],
    ['a key with a slash', 'incident/1', 'INVALID_KEY'],
    ['a key of only spaces', '   ', 'INVALID_KEY'],
    ['an empty key', '', 'KEY_TOO_SHORT'],
  ])('rejects %s', async (_what, key, code) => {
    expect(await kvsError(kvs.set(key, 1))).toMatchObject({ code, status: 400 });
  });

  it('keeps secrets apart from plain keys', async () => {
    await kvs.setSecret('webhook-secret', 's3cr3t');
    expect(await kvs.getSecret('webhook-secret')).toBe('s3cr3t');
    expect(await kvs.get('webhook-secret')).toBeUndefined();
    await kvs.deleteSecret('webhook-secret');
    expect(await kvs.getSecret('webhook-secret')).toBeUndefined();
  });
});
