import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { BacktestView } from '../../../src/contracts/backtest.js';
import type { PolicyChoice, SimulationView } from '../../../src/contracts/simulator.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { BacktestResult } from './BacktestResult.js';
import { newScenario, simulateRequest, type Scenario } from './scenario.js';
import { ScenarioForm } from './ScenarioForm.js';
import { SimulationResult } from './SimulationResult.js';

/**
 * "Who would be paged, on which channel, when?" for an imagined incident under `policy` (a saved
 * version or the editor's unsaved draft), and the backtest of the same policy over past incidents.
 * Both run on the server and never page anyone.
 */
export function SimulatorPanel({ policy, projectKey, onPolicyErrors }: {
  policy: PolicyChoice;
  projectKey: string;
  /** A refused draft's field errors go to the editor, to show beside its inputs. */
  onPolicyErrors?: (fields: ResolverError['fields']) => void;
}) {
  const [scenario, setScenario] = useState<Scenario>(() => newScenario(new Date().toISOString(), projectKey));
  const [services, setServices] = useState<string[]>([]);
  const [result, setResult] = useState<SimulationView | null>(null);
  const [backtest, setBacktest] = useState<BacktestView | null>(null);
  const [days, setDays] = useState<number | undefined>(90);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = indexFieldErrors(error?.fields ?? []);

  useEffect(() => {
    void invokeResolver('getConfig', {}).then((r) => { if (r.ok) setServices(r.data.config.services.map((s) => s.name)); });
  }, []);

  async function run() {
    setBusy(true);
    const r = await invokeResolver('simulatePolicy', simulateRequest(policy, scenario));
    setBusy(false);
    setError(r.ok ? null : r.error);
    setResult(r.ok ? r.data : null);
    onPolicyErrors?.(r.ok ? [] : r.error.fields.filter((f) => f.field.startsWith('policy.')));
  }

  async function replay() {
    setBusy(true);
    const r = await invokeResolver('backtestPolicy', { policy, days: days ?? 90 });
    setBusy(false);
    setError(r.ok ? null : r.error);
    setBacktest(r.ok ? r.data : null);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <section style={{ ...card, ...stack }} aria-label="Policy simulator" data-testid="simulator">
        <h3 style={heading}>Simulate {policy.kind === 'draft' ? 'this draft' : 'this policy'}</h3>
        <ScenarioForm scenario={scenario} services={services} onChange={setScenario} />
        <div style={row}>
          <Button appearance="primary" onClick={() => void run()} isDisabled={busy} testId="simulator-run">Who would be paged?</Button>
          <NumberInput path={['days']} label="Backtest over the last (days)" value={days} min={1} max={365} onChange={setDays} width={190} />
          <Button onClick={() => void replay()} isDisabled={busy} testId="backtest-run">Backtest</Button>
        </div>
        {error && <ErrorState error={error} />}
        {result && <SimulationResult view={result} />}
        {backtest && <BacktestResult view={backtest} />}
      </section>
    </FieldErrorsContext.Provider>
  );
}
