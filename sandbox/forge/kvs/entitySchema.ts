import { kvsErrors } from './kvsError.js';

/** A custom entity as declared in manifest `app.storage.entities`. */
export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: 'string' | 'boolean' | 'float' | 'integer' | 'any' }>;
  indexes?: Array<string | { name: string; range: string[]; partition?: string[] }>;
}

export interface EntityIndex {
  name: string;
  range: string[];
  partition: string[];
}

export class EntityCatalog {
  private readonly byName = new Map<string, EntityDeclaration>();

  constructor(entities: EntityDeclaration[] = []) {
    for (const e of entities) this.byName.set(e.name, e);
  }

  get(name: string): EntityDeclaration {
    const entity = this.byName.get(name);
    if (!entity) throw kvsErrors.unknownEntity(name);
    return entity;
  }

  /** A bare string index names one attribute and ranges over it. */
  index(entityName: string, indexName: string): EntityIndex {
    for (const idx of this.get(entityName).indexes ?? []) {
      const normal = typeof idx === 'string' ? { name: idx, range: [idx], partition: [] } : { partition: [], ...idx };
      if (normal.name === indexName) return normal;
    }
    throw kvsErrors.invalidIndex(entityName, indexName);
  }

  /** Rejects values whose declared attributes have the wrong type. */
  validateValue(entityName: string, value: unknown): void {
    const entity = this.get(entityName);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw kvsErrors.invalidEntityValue(`Entity '${entityName}' values must be objects.`);
    }
    for (const [attr, v] of Object.entries(value as Record<string, unknown>)) {
      const declared = entity.attributes[attr];
      if (!declared) throw kvsErrors.invalidEntityValue(`Attribute '${attr}' is not declared on entity '${entityName}'.`);
      if (v !== undefined && v !== null && !fits(declared.type, v)) {
        throw kvsErrors.invalidEntityValue(`Attribute '${attr}' of entity '${entityName}' must be ${declared.type}.`);
      }
    }
  }
}

function fits(type: EntityDeclaration['attributes'][string]['type'], v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return Number.isInteger(v);
    case 'float':
      return typeof v === 'number';
    default:
      return true;
  }
}
