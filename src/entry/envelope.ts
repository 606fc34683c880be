import { ZodError } from 'zod';
import { AppError } from '../app/shared/appError.js';
import type { Envelope } from '../contracts/resolvers.js';
import { fromZodIssues } from '../domain/shared/fieldError.js';

/**
 * The one place errors become responses: refusals keep their code and field errors; anything
 * unexpected is logged and answered without internals.
 */
export async function toEnvelope<T>(work: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message, fields: e.fields } };
    if (e instanceof ZodError) {
      const fields = fromZodIssues(e.issues);
      return { ok: false, error: { code: 'INVALID', message: fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields } };
    }
    console.error('resolver failed', e);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side; it has been logged.', fields: [] } };
  }
}
