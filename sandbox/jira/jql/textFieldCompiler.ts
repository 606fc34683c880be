import { adfToText } from '../adf.js';
import type { IssueRecord } from '../siteTypes.js';
import { visibleComments } from '../views/commentView.js';
import { jqlErrors } from './jqlErrors.js';
import type { FieldCompiler, JqlEnv } from './jqlTypes.js';

export type TextSource = 'summary' | 'description' | 'comment' | 'text';

function textOf(source: TextSource, issue: IssueRecord, env: JqlEnv): string {
  const parts: string[] = [];
  if (source === 'summary' || source === 'text') parts.push(issue.summary);
  if ((source === 'description' || source === 'text') && issue.description) parts.push(adfToText(issue.description));
  if (source === 'comment' || source === 'text') {
    parts.push(...visibleComments(env.site, issue, env.actor).map((c) => adfToText(c.body)));
  }
  return parts.join('\n').toLowerCase();
}

/**
 * `~` / `!~`: every word of the query must appear in the text. A simplification of Jira's
 * stemming full-text index, good enough to find demo incidents by words they contain.
 */
export function textFieldCompiler(source: TextSource): FieldCompiler {
  return (cond, env) => {
    const [term, extra] = cond.terms;
    if (term?.kind !== 'value' || extra || (cond.operator !== '~' && cond.operator !== '!~')) {
      throw jqlErrors.unsupportedOperator(cond.operator, cond.fieldText);
    }
    const words = term.value.toLowerCase().split(/\s+/).map((w) => w.replace(/\*$/, '')).filter((w) => w.length > 0);
    const matches = (i: IssueRecord) => {
      const text = textOf(source, i, env);
      return words.every((w) => text.includes(w));
    };
    return cond.operator === '~' ? matches : (i) => !matches(i);
  };
}
