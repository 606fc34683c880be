import { priorities } from '../../../src/contracts/common.js';
import { Field } from '../../shared/Field.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { row } from '../../shared/styles.js';
import type { Scenario } from './scenario.js';

/** The imagined incident. Field paths match the resolver's, so its refusals show beside the inputs. */
export function ScenarioForm({ scenario, services, onChange }: { scenario: Scenario; services: string[]; onChange: (s: Scenario) => void }) {
  const set = <K extends keyof Scenario>(k: K, v: Scenario[K]) => onChange({ ...scenario, [k]: v });
  return (
    <div style={row} data-testid="simulator-scenario">
      <TextInput path={['incident', 'projectKey']} label="Project" value={scenario.projectKey} onChange={(v) => set('projectKey', v ?? '')} width={90} />
      <SelectInput path={['incident', 'service']} label="Service" value={scenario.service ?? ''} optional options={services}
        onChange={(v) => set('service', v ?? null)} width={180} />
      <SelectInput path={['incident', 'priority']} label="Priority" value={scenario.priority} options={priorities}
        onChange={(v) => v && set('priority', v)} width={90} />
      <Field path="incident.createdAt" label="Created (UTC)" width={200}>
        {(c) => <input {...c} type="datetime-local" value={scenario.createdAt} onChange={(e) => set('createdAt', e.target.value)} />}
      </Field>
      <NumberInput path={['incident', 'slaGoals', 0, 'goalMinutes']} label="First response SLA (min)" value={scenario.firstResponseMinutes}
        min={1} onChange={(v) => set('firstResponseMinutes', v)} width={170} />
      <NumberInput path={['incident', 'slaGoals', 1, 'goalMinutes']} label="Resolution SLA (min)" value={scenario.resolutionMinutes}
        min={1} onChange={(v) => set('resolutionMinutes', v)} width={160} />
      <NumberInput path={['acknowledgeAfterMinutes']} label="Acknowledged after first page (min; empty: never)" value={scenario.acknowledgeAfterMinutes}
        min={0} onChange={(v) => set('acknowledgeAfterMinutes', v)} width={300} />
      <NumberInput path={['horizonHours']} label="Simulate (hours)" value={scenario.horizonHours} min={1} max={168}
        onChange={(v) => set('horizonHours', v ?? 24)} width={130} />
    </div>
  );
}
