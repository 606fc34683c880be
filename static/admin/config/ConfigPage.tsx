import { useCallback, useEffect, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { setIn } from '../../shared/setIn.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import type { Edit } from '../policy/VariantEditor.js';
import { CalendarsEditor } from './CalendarsEditor.js';
import { CriticalityRulesEditor } from './CriticalityRulesEditor.js';
import { ExceptionsEditor } from './ExceptionsEditor.js';
import { MatrixEditor } from './MatrixEditor.js';
import { ServicesEditor } from './ServicesEditor.js';
import { ListInput } from '../../shared/ListInput.js';

/** The site-wide configuration: priority matrix, criticality rules, services, calendars and legacy exceptions. */
export function ConfigPage() {
  const [draft, setDraft] = useState<EscalationConfig | null>(null);
  const [expired, setExpired] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<ResolverError | null>(null);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    setLoadError(null);
    const r = await invokeResolver('getConfig', {});
    if (!r.ok) return setLoadError(r.error);
    setDraft(r.data.config);
    setExpired(r.data.expiredExceptions);
    setDirty(false);
  }, []);
  useEffect(() => { void load(); }, [load]);

  const edit: Edit = (path, value) => { setDraft((d) => (d ? setIn(d, path, value) : d)); setDirty(true); };

  async function save(reason: string) {
    if (!draft) return;
    setBusy(true);
    const r = await invokeResolver('saveConfig', { config: draft, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) {
      setDraft(r.data.config);
      setExpired(r.data.expiredExceptions);
      setErrors(new Map());
      setSaveError(null);
      setDirty(false);
      return notify('Configuration saved');
    }
    setErrors(indexFieldErrors(r.error.fields));
    setSaveError(r.error.code === 'INVALID' && r.error.fields.length > 0 ? null : r.error);
  }

  if (loadError) return <ErrorState error={loadError} onRetry={() => void load()} />;
  if (!draft) return <LoadingState label="Loading configuration…" />;

  const section = (title: string, children: ReactNode) => (
    <section style={card} aria-label={title}><h3 style={heading}>{title}</h3>{children}</section>
  );
  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="config-editor" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        {saveError && <ErrorState error={saveError} />}
        <ErrorSummary errors={errors} />
        {section('Priority matrix', <MatrixEditor matrix={draft.matrix} edit={edit} />)}
        {section('Service criticality rules', <CriticalityRulesEditor rules={draft.criticalityRules} edit={edit} />)}
        {section('Services', <ServicesEditor services={draft.services} calendarIds={draft.calendars.map((c) => c.id)} edit={edit} />)}
        {section('Business-hours calendars', <CalendarsEditor calendars={draft.calendars} edit={edit} />)}
        {section('Legacy exceptions', <ExceptionsEditor exceptions={draft.exceptions} expired={expired} edit={edit} />)}
        {section('SLA metrics', <ListInput path={['slaMetrics']} label="SLA metric names triggers may use" value={draft.slaMetrics} width="100%"
          onChange={(v) => edit(['slaMetrics'], v)} />)}
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy || !dirty} testId="config-save">Save configuration…</Button>
          <Button appearance="subtle" onClick={() => void load()} isDisabled={busy || !dirty} testId="config-discard">Discard changes</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title="Why are you changing the configuration?" confirmLabel="Save configuration" busy={busy}
        testId="config-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
