import type { StoredItem } from './sqliteKvsStore.js';

export type MetadataField = 'CREATED_AT' | 'UPDATED_AT' | 'EXPIRE_TIME';

/** The full record the platform returns for get/set; the SDK picks the fields asked for. */
export function fullView(item: StoredItem): Record<string, unknown> {
  return {
    key: item.key,
    value: item.value,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    ...(item.expireAt !== undefined ? { expireTime: new Date(item.expireAt).toISOString() } : {}),
  };
}

/** Query results reach the app as returned, so only requested metadata is included. */
export function listView(item: StoredItem, fields: MetadataField[] | undefined): Record<string, unknown> {
  const view: Record<string, unknown> = { key: item.key, value: item.value };
  if (fields?.includes('CREATED_AT')) view.createdAt = item.createdAt;
  if (fields?.includes('UPDATED_AT')) view.updatedAt = item.updatedAt;
  if (fields?.includes('EXPIRE_TIME') && item.expireAt !== undefined) view.expireTime = new Date(item.expireAt).toISOString();
  return view;
}
