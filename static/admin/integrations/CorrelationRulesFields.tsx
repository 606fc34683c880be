import type { IntegrationInput } from '../../../src/contracts/integration.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ListInput } from '../../shared/ListInput.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { row } from '../../shared/styles.js';

type Rule = NonNullable<IntegrationInput['correlation']>[number];

const KINDS = [
  { value: 'same-service', label: 'Same service, within minutes' },
  { value: 'same-labels', label: 'Same label values' },
] as const;

/** A kind switch keeps the rule's id, so what the admin named it survives trying the other kind. */
function ofKind(rule: Rule, kind: Rule['kind']): Rule {
  return kind === 'same-service' ? { id: rule.id, kind, withinMinutes: 15 } : { id: rule.id, kind, keys: ['alertname'] };
}

/**
 * Correlation rules in order: the first that matches an open incident groups a new alert into
 * it, so the order shown is the order they are tried.
 */
export function CorrelationRulesFields({ rules, onChange }: { rules: readonly Rule[]; onChange: (rules: Rule[]) => void }) {
  const put = (i: number, r: Rule) => onChange(rules.map((x, j) => (j === i ? r : x)));
  return (
    <ListEditor path="correlation" items={rules} testId="correlation-rules" addLabel="Add correlation rule"
      emptyText="No correlation: every alert with a new dedup key opens its own incident."
      itemLabel={(r, i) => `Rule ${i + 1}: ${r.id || 'unnamed'}`}
      onAdd={() => onChange([...rules, { id: `rule-${rules.length + 1}`, kind: 'same-service', withinMinutes: 15 }])}
      onRemove={(i) => onChange(rules.filter((_, j) => j !== i))}
      render={(r, i) => (
        <div style={row}>
          <TextInput path={['correlation', i, 'id']} label="Id" value={r.id} onChange={(v) => put(i, { ...r, id: v ?? '' })} width={140} />
          <SelectInput path={['correlation', i, 'kind']} label="Groups alerts with" value={r.kind} options={KINDS}
            onChange={(k) => k && k !== r.kind && put(i, ofKind(r, k))} />
          {r.kind === 'same-service'
            ? <NumberInput path={['correlation', i, 'withinMinutes']} label="Within (minutes of the last alert)" value={r.withinMinutes} min={1} max={1440}
                onChange={(v) => put(i, { ...r, withinMinutes: v as number })} width={220} />
            : <ListInput path={['correlation', i, 'keys']} label="Label keys (empty = identical labels)" value={r.keys}
                onChange={(keys) => put(i, { ...r, keys })} width={260} placeholder="e.g. alertname, env" />}
        </div>
      )} />
  );
}
