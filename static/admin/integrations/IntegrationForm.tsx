import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { AUTH_BY_FORMAT, ON_RESOLVED, SOURCE_FORMATS, type SourceFormatName } from '../../../src/contracts/integration.js';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { AUTH_LABELS, FORMAT_LABELS } from './formatLabels.js';
import type { IntegrationDraft } from './newIntegration.js';
import { CorrelationRulesFields } from './CorrelationRulesFields.js';
import { RulesPreviewPanel } from './RulesPreviewPanel.js';
import { SustainFields, WebhookFields } from './SustainAndWebhookFields.js';

const formats = SOURCE_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }));

/** Only the schemes the format's tool can send are offered; a new format starts on its tool's most natural one. */
function authFor(format: SourceFormatName): IntegrationDraft['auth'] {
  return AUTH_BY_FORMAT[format][0]!;
}

/**
 * Creates or edits one integration. The server checks everything and names each field it
 * refuses; those messages show beside the inputs. Correlation, sustain, resolve behaviour and
 * the outbound webhook are edited here too, with a preview of the rules on sample alerts.
 */
export function IntegrationForm({ mode, initial, onSaved, onCancel }: {
  mode: 'create' | 'edit';
  initial: IntegrationDraft;
  onSaved: (view: IntegrationView, secret?: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<IntegrationDraft>(initial);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof IntegrationDraft>(key: K, value: IntegrationDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(reason: string) {
    setBusy(true);
    const r = mode === 'create'
      ? await invokeResolver('createIntegration', { integration: draft, reason })
      : await invokeResolver('updateIntegration', { integration: draft, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) return onSaved('view' in r.data ? r.data.view : r.data, 'secret' in r.data ? r.data.secret : undefined);
    setErrors(indexFieldErrors(r.error.fields));
    setFailure(r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      {/* noValidate: the server's checks name the field and say why; the browser's own bubbles would stop the save silently. */}
      <form style={{ ...card, ...stack }} data-testid="integration-form" noValidate onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h3 style={heading}>{mode === 'create' ? 'New integration' : `Edit ${initial.name}`}</h3>
        {failure && <ErrorState error={failure} />}
        <ErrorSummary errors={errors} />
        <div style={row}>
          <TextInput path={['name']} label="Name" value={draft.name} onChange={(v) => set('name', v ?? '')} width={260} />
          <TextInput path={['id']} label="Id (in the URL)" value={draft.id} onChange={(v) => set('id', v ?? '')} width={200}
            disabled={mode === 'edit'} placeholder="derived from the name" />
        </div>
        <div style={row}>
          <SelectInput path={['format']} label="Source format" value={draft.format} options={formats}
            onChange={(v) => v && setDraft((d) => ({ ...d, format: v, auth: authFor(v) }))} />
          <SelectInput path={['auth']} label="Authentication" value={draft.auth}
            options={AUTH_BY_FORMAT[draft.format].map((k) => ({ value: k, label: AUTH_LABELS[k] }))}
            onChange={(v) => v && set('auth', v)} />
          <TextInput path={['projectKey']} label="Project" value={draft.projectKey} onChange={(v) => set('projectKey', v ?? '')} width={100} />
        </div>
        {draft.auth === 'grafana-hmac' && (
          <div style={row}>
            <TextInput path={['grafanaSignature', 'header']} label="Signature header (as set in Grafana)" value={draft.grafanaSignature?.header ?? 'X-Grafana-Alerting-Signature'}
              onChange={(v) => set('grafanaSignature', { ...draft.grafanaSignature, header: v ?? 'X-Grafana-Alerting-Signature' })} width={260} />
            <TextInput path={['grafanaSignature', 'timestampHeader']} label="Timestamp header" value={draft.grafanaSignature?.timestampHeader ?? undefined} optional
              onChange={(v) => set('grafanaSignature', { ...draft.grafanaSignature, timestampHeader: v ?? null })} width={260} placeholder="none: replays cannot be refused" />
          </div>
        )}
        {draft.format === 'cloudwatch-sns' && (
          <CheckboxInput path={['snsRawDelivery']} label="The subscription uses raw message delivery (unsigned; only the URL token authenticates)" checked={draft.snsRawDelivery ?? false}
            onChange={(v) => set('snsRawDelivery', v)} />
        )}
        <div style={row}>
          <TextInput path={['service']} label="Default service" value={draft.service ?? undefined} optional
            onChange={(v) => set('service', v ?? null)} width={200} placeholder="none" />
          <TextInput path={['serviceLabel']} label="Label naming the service" value={draft.serviceLabel ?? undefined} optional
            onChange={(v) => set('serviceLabel', v ?? null)} width={200} placeholder="e.g. service or job" />
        </div>
        <div style={row}>
          <NumberInput path={['rateLimitPerMinute']} label="Requests a minute" value={draft.rateLimitPerMinute ?? 600} min={1} max={10000}
            onChange={(v) => set('rateLimitPerMinute', v as number)} />
          <NumberInput path={['dedupDebounceSeconds']} label="Repeat comment at most every (s)" value={draft.dedupDebounceSeconds ?? 300} min={0}
            onChange={(v) => set('dedupDebounceSeconds', v as number)} width={220} />
          <SelectInput path={['onResolved']} label="When the alert resolves" value={draft.onResolved ?? 'annotate'} options={ON_RESOLVED}
            onChange={(v) => v && set('onResolved', v)} />
          {(draft.onResolved ?? 'annotate') === 'resolve' && (
            <TextInput path={['resolveTransition']} label="Resolve transition" value={draft.resolveTransition ?? 'Resolve'}
              onChange={(v) => set('resolveTransition', v ?? '')} width={160} />
          )}
        </div>
        <h4 style={heading}>Grouping related alerts</h4>
        <CorrelationRulesFields rules={draft.correlation ?? []} onChange={(v) => set('correlation', v)} />
        <h4 style={heading}>Holding flapping alerts</h4>
        <SustainFields sustain={draft.sustain ?? {}} onChange={(v) => set('sustain', v)} />
        <RulesPreviewPanel draft={draft} onInvalid={(fields) => setErrors(indexFieldErrors(fields))} />
        <h4 style={heading}>Telling the tool</h4>
        <WebhookFields hook={draft.outboundWebhook ?? null} onChange={(v) => set('outboundWebhook', v)} />
        <CheckboxInput path={['enabled']} label="Enabled (a disabled integration answers 404)" checked={draft.enabled ?? true}
          onChange={(v) => set('enabled', v)} />
        {mode === 'create' && <p style={subtle}>A secret is created with the integration and shown once.</p>}
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="integration-save">{mode === 'create' ? 'Create…' : 'Save…'}</Button>
          <Button appearance="subtle" onClick={onCancel} testId="integration-cancel">Cancel</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title={mode === 'create' ? 'Why add this integration?' : 'Why change this integration?'}
        confirmLabel={mode === 'create' ? 'Create integration' : 'Save integration'} busy={busy} testId="integration-save-dialog"
        onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
