import Button from '@atlaskit/button/new';
import { useState } from 'react';
import type { DrillsView } from '../../../src/contracts/drills.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { heading, row } from '../../shared/styles.js';

/** Schedules a drill programme: which policy, how often, in which window, on which path. */
export function ProgrammeForm({ policies, onSaved, onError }: { policies: DrillsView['policies']; onSaved: (v: DrillsView) => void; onError: (e: ResolverError) => void }) {
  const [name, setName] = useState('');
  const [policyId, setPolicyId] = useState<string | undefined>(policies[0]?.id);
  const [cadence, setCadence] = useState<number | undefined>(3);
  const [window, setWindow] = useState<'workingHours' | 'outOfHours'>('workingHours');
  const [path, setPath] = useState<'technical' | 'managerial' | 'executive'>('technical');
  const [timeZone, setTimeZone] = useState('Europe/London');
  const save = async () => {
    const id = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'drill';
    const r = await invokeResolver('saveDrillProgramme', { programme: {
      id, name: name.trim(), policyId: policyId ?? '', cadenceMonths: cadence ?? 3, window, timeZone,
      scenario: { path, includePaths: path === 'technical' ? ['technical'] : ['technical', path] },
    } });
    if (!r.ok) return onError(r.error);
    onSaved(r.data);
    setName('');
  };
  return (
    <section aria-labelledby="schedule-drill">
      <h2 id="schedule-drill" style={heading}>Schedule a drill programme</h2>
      <div style={row}>
        <TextInput path={['programme', 'name']} label="Name" value={name} onChange={(v) => setName(v ?? "")} width={240} />
        <SelectInput path={['programme', 'policyId']} label="Policy" value={policyId} options={policies.map((p) => ({ value: p.id, label: p.name }))} onChange={setPolicyId} width={240} />
        <NumberInput path={['programme', 'cadenceMonths']} label="Every (months)" value={cadence} onChange={setCadence} min={1} max={12} />
        <SelectInput path={['programme', 'window']} label="Window" value={window} onChange={(v) => setWindow(v ?? 'workingHours')}
          options={[{ value: 'workingHours', label: 'Working hours' }, { value: 'outOfHours', label: 'Out of hours' }]} />
        <TextInput path={['programme', 'timeZone']} label="Time zone" value={timeZone} onChange={(v) => setTimeZone(v ?? "UTC")} width={180} />
        <SelectInput path={['programme', 'scenario', 'path']} label="Path" value={path} onChange={(v) => setPath(v ?? 'technical')}
          options={[{ value: 'technical', label: 'Technical' }, { value: 'managerial', label: 'Managerial' }, { value: 'executive', label: 'Executive' }]} />
        <Button appearance="primary" onClick={() => void save()} isDisabled={!name.trim() || !policyId} testId="save-programme">Save programme</Button>
      </div>
    </section>
  );
}
