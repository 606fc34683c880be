import { usePeople } from './peopleNames.js';

/**
 * A person as the screen names them: their Jira display name. Until Jira has answered it reads
 * "…"; an id Jira does not know reads "unknown account", so nobody mistakes it for a person.
 */
export function PersonName({ accountId, testId }: { accountId: string | null | undefined; testId?: string }) {
  const people = usePeople(accountId ? [accountId] : []);
  if (!accountId) return <span data-testid={testId}>unknown</span>;
  const p = people(accountId);
  const text = p === undefined ? '…' : p === 'unknown' ? `unknown account (${accountId})` : p.displayName;
  return <span data-testid={testId} data-account-id={accountId}>{text}</span>;
}
