import type { PersonReference } from '../../domain/people/personReference.js';
import { referenceKey } from '../../domain/people/personReference.js';
import type { FieldError } from '../../domain/shared/fieldError.js';
import type { IncidentHost } from '../../ports/incidentHost.js';
import { AppError } from '../shared/appError.js';

/**
 * Refuses a save that names an account or group Jira does not know, with a field error on each
 * such field under `prefix` (e.g. `policy.`). Each distinct id is looked up once. A
 * deactivated account counts as unknown: it can be neither paged nor granted a role.
 */
export async function checkPeopleExist(host: Pick<IncidentHost, 'getUser' | 'findGroup'>, refs: readonly PersonReference[], prefix: string): Promise<void> {
  const answers = new Map<string, Promise<boolean>>();
  const exists = (r: PersonReference) => {
    const key = referenceKey(r);
    let a = answers.get(key);
    if (!a) {
      a = r.kind === 'user' ? host.getUser(r.accountId).then((u) => u !== null && u.active) : host.findGroup(r.groupName).then((g) => g !== null);
      answers.set(key, a);
    }
    return a;
  };
  const found = await Promise.all(refs.map(exists));
  const fields: FieldError[] = refs.flatMap((r, i) => (found[i] ? [] : [{
    field: `${prefix}${r.field}`,
    message: r.kind === 'user' ? `Jira has no active account "${r.accountId}": choose a person from the list` : `Jira has no group "${r.groupName}": choose a group from the list`,
  }]));
  if (fields.length > 0) throw new AppError('INVALID', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}
