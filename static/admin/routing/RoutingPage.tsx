import type { EscalationConfig } from '../../../src/contracts/config.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ListInput } from '../../shared/ListInput.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { removeAt } from '../../shared/setIn.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { ConfigForm } from '../config/ConfigForm.js';

type Routing = EscalationConfig['routing'];
const WEIGHTS = [
  { key: 'onShift', label: 'On shift now' },
  { key: 'expertise', label: 'Has a matching skill' },
  { key: 'workload', label: 'Fewest open incidents' },
] as const;

/** How much each signal counts, as the share of the total an admin would read it. */
function weightsPreview(w: Routing['weights']): string {
  const values = WEIGHTS.map((x) => ({ label: x.label.toLowerCase(), v: w[x.key] ?? 0 }));
  const total = values.reduce((a, b) => a + b.v, 0);
  if (total === 0) return 'Preview: the defaults apply (no weight set).';
  return `Preview: ${values.map((x) => `${x.label} ${Math.round((x.v / total) * 100)}%`).join(', ')}.`;
}

/** Who a level that assigns without naming anyone picks: weights of the signals, and each person's skills. */
export function RoutingPage() {
  return (
    <ConfigForm testId="routing-settings" noun="routing">
      {(draft, edit) => (
        <>
          <section style={card} aria-labelledby="weights-heading">
            <h3 id="weights-heading" style={heading}>Weights (0 to 100)</h3>
            <div style={{ ...row, alignItems: 'flex-start' }}>
              {WEIGHTS.map((x) => (
                <NumberInput key={x.key} path={['routing', 'weights', x.key]} label={x.label} width={180} value={draft.routing.weights[x.key]}
                  onChange={(v) => edit(['routing', 'weights', x.key], v)} />
              ))}
            </div>
            <p style={subtle} data-testid="routing-preview">{weightsPreview(draft.routing.weights)}</p>
          </section>
          <section style={card} aria-labelledby="skills-heading">
            <h3 id="skills-heading" style={heading}>Skills</h3>
            <ListEditor path="routing.skills" items={draft.routing.skills} testId="routing-skills" addLabel="Add a person's skills"
              emptyText="Nobody has skills yet: expertise counts for nobody." itemLabel={(_s, i) => `Person ${i + 1}`}
              onAdd={() => edit(['routing', 'skills'], [...draft.routing.skills, { accountId: '', skills: [] }])}
              onRemove={(i) => edit(['routing', 'skills'], removeAt(draft.routing.skills, i))}
              render={(s, i) => (
                <div style={{ ...stack }}>
                  <DirectoryPicker path={['routing', 'skills', i, 'accountId']} label="Person" kind="user" multiple={false} width={280}
                    value={s.accountId ? [s.accountId] : []} onChange={(v) => edit(['routing', 'skills', i, 'accountId'], v[0] ?? '')} />
                  <ListInput path={['routing', 'skills', i, 'skills']} label="Skills (matched against service, components and labels)" width="100%"
                    value={s.skills} placeholder="e.g. payments, postgres" onChange={(v) => edit(['routing', 'skills', i, 'skills'], v)} />
                </div>
              )} />
          </section>
        </>
      )}
    </ConfigForm>
  );
}
