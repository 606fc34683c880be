/**
 * A KVS failure as the platform reports it: an HTTP status plus the `{code, message}` body that
 * @forge/kvs turns into a `ForgeKvsAPIError` (see its `checkResponseError`).
 *
 * Codes documented by Atlassian ("Error handling for the Key-Value Store / Custom Entity Store")
 * are used as documented; the SDK itself only special-cases `KEY_NOT_FOUND` (read as "absent").
 * Codes marked "sandbox" below are not published and were chosen here.
 */
export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

export const kvsErrors = {
  keyNotFound: (key: string) => new KvsError(404, 'KEY_NOT_FOUND', `The specified key does not exist: ${key}`),
  keyTooShort: () => new KvsError(400, 'KEY_TOO_SHORT', 'The provided key needs to be at least one character.'),
  emptyKey: () => new KvsError(400, 'EMPTY_KEY', 'Key cannot be empty.'),
  keyTooLong: () => new KvsError(400, 'KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters.'),
  invalidKey: () =>
    new KvsError(400, 'INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/'),
  maxSize: (bytes: number) =>
    new KvsError(400, 'MAX_SIZE', `The provided value has exceeded the maximum size limit (${bytes} > 245760 bytes).`),
  maxDepth: () => new KvsError(400, 'MAX_DEPTH', 'The provided value has exceeded the maximum object depth (32) limit.'),
  // Reported by blog measurements of the live service for keyPolicy FAIL_IF_EXISTS (HTTP 409).
  keyConflict: (key: string) => new KvsError(409, 'KEY_CONFLICT', `The key already exists: ${key}`),
  listLimit: () => new KvsError(400, 'LIST_QUERY_LIMIT_EXCEEDED', 'Limit for list query should be below 100.'),
  pageLimit: () => new KvsError(400, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.'),
  whereInvalid: () => new KvsError(400, 'QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.'),
  whereField: () => new KvsError(400, 'QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.'),
  filterCondition: (c: string) => new KvsError(400, 'INVALID_FILTER_CONDITION', `The condition ${c} is not supported here.`),
  filterValues: (c: string) =>
    new KvsError(400, 'INVALID_FILTER_VALUES', `The specified number of values is not supported by ${c}.`),
  emptyFilterOperator: () => new KvsError(400, 'EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.'),
  filterCombination: () =>
    new KvsError(400, 'INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.'),
  unknownEntity: (name: string) =>
    new KvsError(400, 'INVALID_ENTITY_TYPE', `Entity '${name}' is not declared in manifest app.storage.entities.`),
  invalidEntityValue: (detail: string) => new KvsError(400, 'INVALID_ENTITY_VALUE', detail),
  invalidIndex: (entity: string, index: string) =>
    new KvsError(400, 'INVALID_ENTITY_INDEX', `Entity '${entity}' has no index '${index}'.`),
  invalidCursor: () => new KvsError(400, 'INVALID_CURSOR', 'The cursor is not valid.'), // sandbox
  badRequest: (detail: string) => new KvsError(400, 'BAD_REQUEST', detail), // sandbox
  // Batch and transaction limits: Atlassian documents the limits, not the codes (sandbox codes).
  batchLimit: (n: number) => new KvsError(400, 'BATCH_SIZE_EXCEEDED', `A batch can contain at most 25 items (got ${n}).`),
  batchEmpty: () => new KvsError(400, 'BATCH_EMPTY', 'A batch must contain at least one item.'),
  batchDuplicate: (key: string) =>
    new KvsError(400, 'BATCH_DUPLICATE_KEYS', `A batch cannot contain the same key more than once: ${key}`),
  txLimit: (n: number) =>
    new KvsError(400, 'TRANSACTION_OPERATIONS_LIMIT_EXCEEDED', `A transaction can contain at most 25 operations (got ${n}).`),
  txDuplicate: (key: string) =>
    new KvsError(400, 'TRANSACTION_DUPLICATE_KEYS', `Each key can only be used once in a transaction: ${key}`),
  txConditions: (key: string) =>
    new KvsError(409, 'TRANSACTION_CONDITIONS_NOT_MET', `Transaction conditions were not met for key: ${key}`),
};
