import { criticalities, pathNames, priorities } from '../../../src/contracts/common.js';
import type { PathRule } from '../../../src/contracts/policy.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ListInput } from '../../shared/ListInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { removeAt } from '../../shared/setIn.js';
import { row } from '../../shared/styles.js';
import type { Edit } from './VariantEditor.js';

/** Rules choosing the path; the first match wins, so order matters. Lists are typed as text. */
export function PathRulesEditor({ rules, edit }: { rules: readonly PathRule[]; edit: Edit }) {
  return (
    <ListEditor path="pathRules" items={rules} testId="path-rules" addLabel="Add path rule"
      emptyText="No rules: every incident takes the default path."
      itemLabel={(r, i) => `Rule ${i + 1} → ${r.path}`}
      onAdd={() => edit(['pathRules'], [...rules, { path: 'managerial', when: { priorities: ['P1'] } }])}
      onRemove={(i) => edit(['pathRules'], removeAt(rules, i))}
      render={(r, i) => (
        <div style={{ ...row, alignItems: 'flex-start' }}>
          <SelectInput path={['pathRules', i, 'path']} label="Path" value={r.path} options={pathNames} onChange={(v) => edit(['pathRules', i, 'path'], v)} />
          <ListInput path={['pathRules', i, 'when', 'priorities']} label={`Priorities (${priorities.join(', ')})`} value={r.when.priorities}
            onChange={(v) => edit(['pathRules', i, 'when', 'priorities'], v.length ? v : undefined)} />
          <ListInput path={['pathRules', i, 'when', 'impacts']} label="Impacts" value={r.when.impacts}
            onChange={(v) => edit(['pathRules', i, 'when', 'impacts'], v.length ? v : undefined)} />
          <ListInput path={['pathRules', i, 'when', 'urgencies']} label="Urgencies" value={r.when.urgencies}
            onChange={(v) => edit(['pathRules', i, 'when', 'urgencies'], v.length ? v : undefined)} />
          <ListInput path={['pathRules', i, 'when', 'criticalities']} label={`Criticalities (${criticalities.join(', ')})`} value={r.when.criticalities}
            onChange={(v) => edit(['pathRules', i, 'when', 'criticalities'], v.length ? v : undefined)} />
        </div>
      )} />
  );
}
