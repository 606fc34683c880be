import { criticalities, priorities } from '../../../src/contracts/common.js';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack } from '../../shared/styles.js';
import type { Edit } from '../policy/VariantEditor.js';

/** Per criticality: the lowest priority its incidents may have, and how much thresholds tighten. */
export function CriticalityRulesEditor({ rules, edit }: { rules: EscalationConfig['criticalityRules']; edit: Edit }) {
  return (
    <div style={stack}>
      {criticalities.map((c) => (
        <div key={c} style={row}>
          <strong style={{ width: 140 }}>{c}</strong>
          <SelectInput path={['criticalityRules', c, 'priorityFloor']} label="Priority floor" optional
            value={rules[c].priorityFloor ?? undefined} options={priorities}
            onChange={(v) => edit(['criticalityRules', c, 'priorityFloor'], v ?? null)} />
          <NumberInput path={['criticalityRules', c, 'thresholdFactor']} label="Threshold factor (0–1]" step={0.05} min={0} max={1}
            value={rules[c].thresholdFactor} onChange={(v) => edit(['criticalityRules', c, 'thresholdFactor'], v)} />
        </div>
      ))}
    </div>
  );
}
