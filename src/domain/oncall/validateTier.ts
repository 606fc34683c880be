import { z } from 'zod';
import { fieldErrorMap, toFieldErrors, type FieldError, type Validated } from './fieldError.js';
import { accountIdSchema } from './scheduleSchema.js';
import { sameTarget, type Tier, type TierTarget } from './tier.js';

const targetSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('schedule'), scheduleId: z.string().trim().min(1, 'must not be empty') }).strict(),
    z.object({ kind: z.literal('user'), accountId: accountIdSchema }).strict(),
  ],
  { errorMap: () => ({ message: "must be 'schedule' or 'user'" }) },
);

const tierSchema = z
  .object({
    name: z.string().trim().min(1, 'must not be empty'),
    primary: targetSchema,
    backup: targetSchema.optional(),
  })
  .strict();

function describeTarget(target: TierTarget): string {
  return target.kind === 'schedule' ? `schedule ${target.scheduleId}` : `user ${target.accountId}`;
}

/**
 * Parses untrusted tier input. Every tier needs a backup different from its primary, and, when
 * `knownScheduleIds` is given, schedule targets must name one of them.
 *
 * @example
 * validateTier({ name: 'L1', primary: { kind: 'user', accountId: 'ana' }, backup: { kind: 'user', accountId: 'ana' } })
 * // => { ok: false, errors: [{ path: 'backup', message: 'must differ from the primary (user ana)' }] }
 */
export function validateTier(input: unknown, knownScheduleIds?: ReadonlySet<string>): Validated<Tier> {
  const parsed = tierSchema.safeParse(input, { errorMap: fieldErrorMap });
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const { name, primary, backup } = parsed.data;
  const errors: FieldError[] = [];
  if (!backup) errors.push({ path: 'backup', message: 'is required: every tier needs a backup' });
  else if (sameTarget(primary, backup)) {
    errors.push({ path: 'backup', message: `must differ from the primary (${describeTarget(primary)})` });
  }
  for (const [field, target] of [['primary', primary], ['backup', backup]] as const) {
    if (target?.kind === 'schedule' && knownScheduleIds && !knownScheduleIds.has(target.scheduleId)) {
      errors.push({ path: `${field}.scheduleId`, message: `no schedule has id "${target.scheduleId}"` });
    }
  }
  if (errors.length > 0 || !backup) return { ok: false, errors };
  return { ok: true, value: { name, primary, backup } };
}
