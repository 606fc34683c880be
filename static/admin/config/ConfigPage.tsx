import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import type { ConfigView } from '../../../src/contracts/resolvers.js';
import { invokeResolver } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { useReasonedDraft } from '../../shared/useReasonedDraft.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { CalendarsEditor } from './CalendarsEditor.js';
import { CriticalityRulesEditor } from './CriticalityRulesEditor.js';
import { ExceptionsEditor } from './ExceptionsEditor.js';
import { JiraPriorityMappingEditor } from './JiraPriorityMappingEditor.js';
import { MatrixEditor } from './MatrixEditor.js';
import { ServicesEditor } from './ServicesEditor.js';
import { ListInput } from '../../shared/ListInput.js';

const loadConfig = () => invokeResolver('getConfig', {});
const saveConfig = (config: EscalationConfig, reason: string) => invokeResolver('saveConfig', { config, reason });
const configOf = (v: ConfigView): EscalationConfig => v.config;

/** The site-wide configuration: priority matrix, criticality rules, services, calendars and legacy exceptions. */
export function ConfigPage() {
  const { view, draft, loadError, saveError, errors, dirty, asking, setAsking, busy, load, edit, save } = useReasonedDraft({
    load: loadConfig, save: saveConfig, draftOf: configOf, savedMessage: 'Configuration saved',
  });
  const expired = view?.expiredExceptions ?? [];

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
        {section("Jira's priority field", <JiraPriorityMappingEditor mapping={draft.jiraPriorityMapping} edit={edit} />)}
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
