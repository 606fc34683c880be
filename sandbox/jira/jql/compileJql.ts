import { JastBuilder, type Clause, type Operand, type OrderBy, type TerminalClause } from '@atlaskit/jql-ast';
import { JiraError } from '../jiraError.js';
import { CUSTOM_FIELD_IDS } from '../workflowCatalog.js';
import { dateFieldCompiler } from './dateFieldCompiler.js';
import { jqlErrors } from './jqlErrors.js';
import type { FieldCompiler, IssuePredicate, JqlEnv, JqlTerm } from './jqlTypes.js';
import { propertyFieldCompiler } from './propertyFieldCompiler.js';
import { setFieldCompiler } from './setFieldCompiler.js';
import { setFieldSpecs } from './setFieldSpecs.js';
import { slaFieldCompiler } from './slaFieldCompiler.js';
import { textFieldCompiler } from './textFieldCompiler.js';

function fieldCompilers(): Record<string, FieldCompiler> {
  const out: Record<string, FieldCompiler> = {};
  for (const [name, spec] of Object.entries(setFieldSpecs())) out[name] = setFieldCompiler(spec);
  const created = dateFieldCompiler('created', (i) => i.created);
  const updated = dateFieldCompiler('updated', (i) => i.updated);
  const resolved = dateFieldCompiler('resolved', (i) => i.resolutionDate);
  const ttfr = slaFieldCompiler(CUSTOM_FIELD_IDS.timeToFirstResponse);
  const ttr = slaFieldCompiler(CUSTOM_FIELD_IDS.timeToResolution);
  Object.assign(out, {
    created, createddate: created, updated, updateddate: updated, resolved, resolutiondate: resolved,
    'time to first response': ttfr, 'cf[10031]': ttfr,
    'time to resolution': ttr, 'cf[10030]': ttr,
    text: textFieldCompiler('text'), summary: textFieldCompiler('summary'),
    description: textFieldCompiler('description'), comment: textFieldCompiler('comment'),
    'issue.property': propertyFieldCompiler,
  });
  return out;
}

const COMPILERS = fieldCompilers();

function terms(operand: Operand | undefined): JqlTerm[] {
  if (!operand) return [];
  switch (operand.operandType) {
    case 'list':
      return operand.values.flatMap((v) => terms(v));
    case 'keyword':
      return [{ kind: 'empty' }];
    case 'function':
      return [{ kind: 'function', name: operand.function.value, args: operand.arguments.map((a) => a.value) }];
    default:
      return [{ kind: 'value', value: operand.value }];
  }
}

/** Jira reads `NOT field op value` as `field op' value`, so a negation never matches an empty field. */
const NEGATED: Readonly<Record<string, string>> = {
  '=': '!=', '!=': '=', in: 'not in', 'not in': 'in', is: 'is not', 'is not': 'is',
  '~': '!~', '!~': '~', '<': '>=', '<=': '>', '>': '<=', '>=': '<',
};

function compileTerminal(clause: TerminalClause, env: JqlEnv, negated: boolean): IssuePredicate {
  if (clause.predicates.length > 0) throw jqlErrors.unsupported('history predicates (BY, DURING, FROM...)');
  const written = clause.operator?.value.toLowerCase() ?? '';
  if (written.startsWith('was') || written === 'changed') throw jqlErrors.unsupported(`the '${written.toUpperCase()}' operator`);
  const op = negated ? NEGATED[written] : written;
  if (op === undefined) throw jqlErrors.unsupportedOperator(written, clause.field.value);
  const fieldName = clause.field.value.toLowerCase();
  const compiler = COMPILERS[fieldName];
  if (!compiler) throw jqlErrors.unknownField(clause.field.value);
  const prop = clause.field.properties?.[0];
  const property = prop
    ? {
        key: prop.key?.value ?? '',
        path: (prop.path ?? []).flatMap((p) => p.value.split('.')).filter((s) => s.length > 0),
      }
    : undefined;
  return compiler(
    { fieldText: clause.field.value, operator: op, terms: terms(clause.operand ?? undefined), ...(property ? { property } : {}) },
    env,
  );
}

/** Compiles a clause; NOT is pushed down to the terminal clauses (De Morgan), where Jira applies it. */
export function compileClause(clause: Clause, env: JqlEnv, negated = false): IssuePredicate {
  if (clause.clauseType === 'terminal') return compileTerminal(clause, env, negated);
  if (clause.clauseType === 'not') return compileClause(clause.clause, env, !negated);
  const parts = clause.clauses.map((c) => compileClause(c, env, negated));
  const conjunction = (clause.operator.value === 'and') !== negated;
  return conjunction ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
}

export interface CompiledJql {
  where: IssuePredicate;
  orderBy: OrderBy | undefined;
}

/** Parses with Atlassian's JQL parser and compiles to a predicate; anything unsupported is a 400. */
export function compileJql(jql: string, env: JqlEnv): CompiledJql {
  if (jql.trim() === '') return { where: () => true, orderBy: undefined };
  // A fresh builder each time: building the same text twice with one builder drops ORDER BY the second time.
  const ast = new JastBuilder().build(jql);
  const first = ast.errors[0];
  if (first || !ast.query) {
    const message = first ? `Error in the JQL Query: ${first.description} (line ${'line' in first ? String(first.line) : '1'}).` : 'Error in the JQL Query.';
    throw new JiraError(400, [message]);
  }
  return {
    where: ast.query.where ? compileClause(ast.query.where, env) : () => true,
    orderBy: ast.query.orderBy ?? undefined,
  };
}
