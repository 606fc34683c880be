import type { EscalationConfig } from '../../contracts/config.js';
import { ProtocolSchema, type Protocol } from '../../contracts/protocol.js';
import { fromZodIssues, type FieldError, type Validated } from '../shared/fieldError.js';

/** Parses and checks a protocol: its teams must exist, its services be configured, and it must match something. */
export function validateProtocol(input: unknown, config: EscalationConfig, teamIds: ReadonlySet<string>): Validated<Protocol> {
  const parsed = ProtocolSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const p = parsed.data;
  const errors: FieldError[] = [];
  p.teams.forEach((t, i) => {
    if (!teamIds.has(t.teamId)) errors.push({ field: `teams[${i}].teamId`, message: `no team "${t.teamId}"` });
  });
  if (p.teams.length === 0 && !p.engageServiceTeams) errors.push({ field: 'teams', message: 'name at least one team, or engage the service\'s teams' });
  const { services, labels, components } = p.when;
  if (!services.length && !labels.length && !components.length) errors.push({ field: 'when', message: 'match at least one service, label or component (a manual engagement needs no protocol)' });
  const known = new Set(config.services.map((s) => s.name));
  services.forEach((s, i) => { if (known.size && !known.has(s)) errors.push({ field: `when.services[${i}]`, message: `no service "${s}" in the configuration` }); });
  return errors.length ? { ok: false, errors } : { ok: true, value: p };
}
