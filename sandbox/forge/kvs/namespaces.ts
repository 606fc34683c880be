/** Storage namespaces: plain KVS keys, secrets and each custom entity never collide. */
export const KVS_NS = 'kvs';
export const SECRET_NS = 'secret';
export const entityNs = (entityName: string): string => `entity:${entityName}`;
