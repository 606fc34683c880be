import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PrioritySchema } from './common.js';
import { TeamIdSchema } from './team.js';

const names = z.array(z.string().trim().min(1).max(255)).max(50).default([]);

/** The app roles an incident commander may be designated from (the access domain's role names). */
export const commanderRoles = ['initiator', 'responder', 'policyAdmin', 'commsLead'] as const;

/**
 * A joint escalation protocol: when an incident matches, several teams are engaged together,
 * each team's liaison paged with the shared bridge. Any one of services, labels or components
 * matching is enough; `priorities` (when set) must also match.
 */
export const ProtocolSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  when: z.object({
    services: names,
    /** Also match incidents on a service these services depend on (teams' owned → depended-on services). */
    includeDependencies: z.boolean().default(true),
    labels: names,
    components: names,
    priorities: z.array(PrioritySchema).max(5).default([]),
  }).strict(),
  /** Teams to engage, with their step when the protocol is ordered (step 1 first). */
  teams: z.array(z.object({
    teamId: TeamIdSchema,
    step: z.number().int().min(1).max(10).default(1),
    withLiaison: z.boolean().default(true),
  }).strict()).max(20).default([]),
  /** Also engage the teams owning the incident's service and the services it depends on. */
  engageServiceTeams: z.boolean().default(false),
  /** Engage step N+1 only once every team of step N acknowledged (or missed its OLA). */
  ordered: z.boolean().default(false),
  /** Who may be designated incident commander. */
  commanderRole: z.enum(commanderRoles).default('initiator'),
}).strict();
export type Protocol = z.infer<typeof ProtocolSchema>;
export type ProtocolInput = z.input<typeof ProtocolSchema>;

export const StoredProtocolSchema = z.object({
  version: z.number().int().min(1),
  protocol: ProtocolSchema,
  savedBy: AccountIdSchema,
  savedAt: IsoInstantSchema,
  reason: z.string().max(2000),
});
export type StoredProtocol = z.infer<typeof StoredProtocolSchema>;

const Reason = z.string().trim().min(3, 'say why, in at least 3 characters').max(2000);
export const SaveProtocolRequestSchema = z.object({ protocol: z.unknown(), expectedVersion: z.number().int().min(0), reason: Reason });
export type SaveProtocolRequest = z.infer<typeof SaveProtocolRequestSchema>;
// The id pattern a protocol is saved with: no other id can name a stored one.
export const DeleteProtocolRequestSchema = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'), reason: Reason });
export type DeleteProtocolRequest = z.infer<typeof DeleteProtocolRequestSchema>;
