import type { Priority } from '../../contracts/common.js';

/** Jira's default priority scheme, P1 most urgent. */
export const JIRA_PRIORITY: Record<Priority, string> = { P1: 'Highest', P2: 'High', P3: 'Medium', P4: 'Low', P5: 'Lowest' };
