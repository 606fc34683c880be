import { z } from 'zod';
import { AccountIdSchema } from './common.js';

/** A person as pickers and name lists show them; `accountId` is what settings store. */
export interface PersonDto {
  accountId: string;
  displayName: string;
  avatarUrl: string | null;
  active: boolean;
}

export interface GroupDto {
  name: string;
  groupId: string | null;
}

/** What someone typed into a person or group picker. */
export const SearchPeopleRequestSchema = z.object({
  kind: z.enum(['user', 'group']),
  query: z.string().trim().min(1, 'type at least one character').max(100),
  maxResults: z.number().int().min(1).max(50).default(10),
});
export type SearchPeopleRequest = z.input<typeof SearchPeopleRequestSchema>;

export interface PeopleSearchResult {
  users: PersonDto[];
  groups: GroupDto[];
}

/** Names for ids a screen shows; ids Jira does not know come back in `unknown`. */
export const LookupPeopleRequestSchema = z.object({
  accountIds: z.array(AccountIdSchema).max(200).default([]),
});
export type LookupPeopleRequest = z.input<typeof LookupPeopleRequestSchema>;

export interface PeopleLookup {
  users: PersonDto[];
  unknown: string[];
}
