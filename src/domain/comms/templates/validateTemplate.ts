import { fieldErrorMap, toFieldErrors, type FieldError, type Validated } from '../../shared/fieldError.js';
import { commsTemplateSchema, type CommsTemplate } from './commsTemplate.js';
import { parseTemplateText } from './parseTemplateText.js';

function textProblems(field: 'subject' | 'body', text: string | undefined): FieldError[] {
  if (text === undefined) return [];
  const parsed = parseTemplateText(text);
  if (parsed.ok) return [];
  return parsed.problems.map((p) => ({ field, message: `${p.message} at line ${p.line}, column ${p.column}` }));
}

/**
 * Checks a template when it is saved: its shape, then every `{{ }}` in subject and body, so
 * an unknown or malformed placeholder never reaches a message.
 *
 * @example
 * validateTemplate({ id: 'p1-exec', name: 'Exec', audience: 'executives', channel: 'sms',
 *   body: '{{key}} owner {{ownr}}', version: 1 })
 * // => { ok: false, errors: [{ field: 'body', message: 'unknown variable {{ownr}} at line 1, column 15' }] }
 */
export function validateTemplate(input: unknown): Validated<CommsTemplate> {
  const parsed = commsTemplateSchema.safeParse(input, { errorMap: fieldErrorMap });
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const errors = [...textProblems('subject', parsed.data.subject), ...textProblems('body', parsed.data.body)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}
