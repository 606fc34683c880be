import { z } from 'zod';

/** Priorities, most urgent first. Jira's default scheme names map onto these (Highest → P1 ...). */
export const priorities = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export const PrioritySchema = z.enum(priorities);
export type Priority = z.infer<typeof PrioritySchema>;

/** Business-service criticality, most critical first. */
export const criticalities = ['mission-critical', 'business-critical', 'standard', 'legacy'] as const;
export const CriticalitySchema = z.enum(criticalities);
export type Criticality = z.infer<typeof CriticalitySchema>;

/** The three escalation paths the seed asks for. */
export const pathNames = ['technical', 'managerial', 'executive'] as const;
export const PathNameSchema = z.enum(pathNames);
export type PathName = z.infer<typeof PathNameSchema>;

/** ISO-8601 instant with an offset, e.g. 2026-11-27T09:00:00.000Z. */
export const IsoInstantSchema = z.string().datetime({ offset: true });

/** Jira accountIds are opaque strings; we only refuse empty ones. */
/**
 * An Atlassian account id (`5b10ac8d82e05b22cc7d4ef5`, `557058:f58131cb-…`): letters, digits, `:`,
 * `-` and `_`. Anything else cannot be one, and would not fit a storage key either.
 */
export const AccountIdSchema = z.string().trim().min(1, 'must not be empty').max(128).regex(/^[A-Za-z0-9:_-]+$/, 'must be an Atlassian account id');

/** A Jira issue key such as ITOPS-12, checked before it names a record or reaches Jira. */
export const IssueKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, 'must be an issue key such as ITOPS-12');
