import type { SiteContext } from '../siteContext.js';
import type { Actor, IssueRecord } from '../siteTypes.js';
import type { SlaState } from '../sla/computeSla.js';

/** What a compiled clause may consult: the site, who is searching, the time, memoised SLAs. */
export interface JqlEnv {
  site: SiteContext;
  actor: Actor;
  now: number;
  sla(issue: IssueRecord, fieldId: string): SlaState | undefined;
}

export type IssuePredicate = (issue: IssueRecord) => boolean;

/** One operand flattened: lists become several terms. */
export type JqlTerm =
  | { kind: 'value'; value: string }
  | { kind: 'empty' }
  | { kind: 'function'; name: string; args: string[] };

/** A terminal clause reduced to what field handlers need. */
export interface JqlCondition {
  /** The field as written, for error messages. */
  fieldText: string;
  operator: string;
  terms: JqlTerm[];
  /** Set for `issue.property[key].path` fields. */
  property?: { key: string; path: string[] };
}

export type FieldCompiler = (cond: JqlCondition, env: JqlEnv) => IssuePredicate;
