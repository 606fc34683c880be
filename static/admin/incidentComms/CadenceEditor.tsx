import { priorities } from '../../../src/contracts/common.js';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { row, stack, subtle } from '../../shared/styles.js';
import type { Edit } from '../policy/VariantEditor.js';

/** The section's defaults when nobody saved one (see app/comms/cadence). */
const DEFAULTS: Partial<Record<(typeof priorities)[number], number>> = { P1: 30, P2: 120 };

/** Minutes between stakeholder updates per priority, and the grace before the manager is paged. */
export function CadenceEditor({ cadence, edit }: { cadence: EscalationConfig['updateCadence']; edit: Edit }) {
  const value = (p: (typeof priorities)[number]) => (cadence ? cadence[p] : DEFAULTS[p]);
  const start = () => cadence ?? { ...DEFAULTS, graceMinutes: 15 };
  const summary = priorities.flatMap((p) => (value(p) ? [`${p} every ${value(p)} min`] : [])).join(', ');
  return (
    <div style={stack}>
      <div style={{ ...row, alignItems: 'flex-start' }}>
        {priorities.map((p) => (
          <NumberInput key={p} path={['updateCadence', p]} label={`${p} (minutes; empty: none)`} width={140} value={value(p)}
            onChange={(v) => edit(['updateCadence'], { ...start(), [p]: v })} />
        ))}
        <NumberInput path={['updateCadence', 'graceMinutes']} label="Grace after the reminder (minutes)" width={220}
          value={cadence?.graceMinutes ?? 15} onChange={(v) => edit(['updateCadence'], { ...start(), graceMinutes: v })} />
      </div>
      <p style={subtle} data-testid="cadence-preview">Preview: {summary || 'no priority asks for updates'}.</p>
    </div>
  );
}
