import type { AlertResult } from './pipeline.js';
import type { FieldError } from '../../../domain/shared/fieldError.js';

/** What the endpoint answers; the webtrigger handler turns it into Forge's response shape. */
export interface IngestResponse {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

/** `failure` is the error behind a 503, for the entry point to log; refusals are logged there too. */
export type IngestOutcome = IngestResponse & { results: AlertResult[]; failure?: unknown };

export const respond = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): IngestResponse => ({ status, headers, body });
export const refuse = (status: number, reason: string, errors: FieldError[] = [], headers: Record<string, string> = {}): IngestResponse =>
  respond(status, errors.length ? { status: 'refused', reason, errors } : { status: 'refused', reason }, headers);
