import type { Action } from './action.js';
import { APP_ROLES, ROLE_LABELS, type AppRole } from './appRole.js';
import { PERMISSIONS } from './permissions.js';

export type AccessDecision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * Whether someone holding `roles` may perform `action`, with a reason that tells them what
 * they would need when they may not.
 *
 * @example
 * can(['viewer'], 'escalate')
 * // => { allowed: false, reason: 'escalate needs the escalation initiator or policy admin role; you have: viewer' }
 */
export function can(roles: readonly AppRole[], action: Action): AccessDecision {
  const allowedRoles = PERMISSIONS[action];
  if (roles.some((role) => allowedRoles.includes(role))) return { allowed: true };
  // List held roles in the table's order so the same person always gets the same message.
  const held = APP_ROLES.filter((role) => roles.includes(role)).map((role) => ROLE_LABELS[role]);
  const needed = allowedRoles.map((role) => ROLE_LABELS[role]);
  return {
    allowed: false,
    reason: `${action} needs the ${orList(needed)} role; you have: ${held.length > 0 ? held.join(', ') : 'no app role'}`,
  };
}
