import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { audiences, channels } from '../../../src/contracts/comms.js';
import type { TemplateDraft, TemplatePreview, TemplateView } from '../../../src/contracts/commsAdmin.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';

const WITH_SUBJECT = new Set<TemplateDraft['channel']>(['email', 'slack', 'teams']);

function draftOf(t: TemplateView | null): TemplateDraft {
  if (!t) return { id: '', name: '', audience: 'business', channel: 'email', subject: '', body: '' };
  const { version: _v, isDefault: _d, savedBy: _b, savedAt: _a, ...draft } = t;
  return draft;
}

/** A channel without a subject line sends none: drop it rather than have the server refuse it. */
function forChannel(d: TemplateDraft): TemplateDraft {
  if (d.channel === 'email') return { ...d, subject: d.subject ?? '' };
  if (WITH_SUBJECT.has(d.channel) && d.subject) return d;
  return { ...d, subject: undefined };
}

/**
 * Edits one template: the server checks every {{variable}} and names line and column of a
 * mistake; a preview renders the draft with a real incident before anything is saved.
 */
export function TemplateEditor({ template, variables, onSaved, onCancel }: {
  template: TemplateView | null;
  variables: string[];
  onSaved: (t: TemplateView) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<TemplateDraft>(draftOf(template));
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const [incidentKey, setIncidentKey] = useState('');
  const [preview, setPreview] = useState<TemplatePreview | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const isNew = template === null;
  const set = <K extends keyof TemplateDraft>(k: K, v: TemplateDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  const refused = (e: ResolverError) => {
    setErrors(indexFieldErrors(e.fields));
    setFailure(e.code === 'INVALID' && e.fields.length > 0 ? null : e);
  };

  async function runPreview() {
    setPreview(null);
    const r = await invokeResolver('previewCommsTemplate', { template: forChannel(draft), incidentKey: incidentKey.trim() });
    if (!r.ok) return refused(r.error);
    setErrors(new Map());
    setFailure(null);
    setPreview(r.data);
  }

  async function save(reason: string) {
    setBusy(true);
    const r = await invokeResolver('saveCommsTemplate', { template: forChannel(draft), baseVersion: template?.version ?? 0, reason });
    setBusy(false);
    setAsking(false);
    if (!r.ok) return refused(r.error);
    notify(`Template ${r.data.id} saved as version ${r.data.version}`);
    onSaved(r.data);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <section style={card} data-testid="template-editor" aria-label="Template editor">
        <h3 style={heading}>{isNew ? 'New template' : `Edit ${template.id} (version ${template.version}${template.isDefault ? ', shipped default' : ''})`}</h3>
        <div style={stack}>
          {failure && <ErrorState error={failure} />}
          <div style={row}>
            <TextInput path={['template', 'id']} label="Id" value={draft.id} onChange={(v) => set('id', v ?? '')} disabled={!isNew} width={260} />
            <TextInput path={['template', 'name']} label="Name" value={draft.name} onChange={(v) => set('name', v ?? '')} width={320} />
            {/* A saved template keeps its audience and channel: policies name it by id for that pairing. */}
            {isNew ? (
              <>
                <SelectInput path={['template', 'audience']} label="Audience" value={draft.audience} options={audiences} onChange={(v) => v && set('audience', v)} />
                <SelectInput path={['template', 'channel']} label="Channel" value={draft.channel} options={channels} onChange={(v) => v && set('channel', v)} />
              </>
            ) : (
              <span style={subtle} data-testid="template-pairing">{draft.audience} · {draft.channel}</span>
            )}
          </div>
          {WITH_SUBJECT.has(draft.channel) && (
            <TextInput path={['template', 'subject']} label={draft.channel === 'email' ? 'Subject' : 'Title (optional)'} value={draft.subject}
              onChange={(v) => set('subject', v)} optional={draft.channel !== 'email'} />
          )}
          <TextInput path={['template', 'body']} label="Body" value={draft.body} onChange={(v) => set('body', v ?? '')} multiline />
          <span style={subtle} data-testid="template-variables">Variables: {variables.map((v) => `{{${v}}}`).join(' ')}</span>
          <div style={row}>
            <TextInput path={['incidentKey']} label="Preview with incident" value={incidentKey} onChange={(v) => setIncidentKey(v ?? '')} placeholder="ITOPS-1" width={160} />
            <Button onClick={() => void runPreview()} testId="template-preview" isDisabled={incidentKey.trim() === ''}>Preview</Button>
          </div>
          {preview && (
            <SectionMessage appearance="information" title={`Preview (${preview.channel})`}>
              <div data-testid="template-preview-result">
                {preview.subject !== null && <p><strong data-testid="template-preview-subject">{preview.subject}</strong></p>}
                <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="template-preview-body">{preview.body}</pre>
                {preview.missing.length > 0 && <p style={subtle}>No value on this incident for: {preview.missing.join(', ')} (shown as “(not set)”).</p>}
                {preview.truncated && <p style={subtle}>The SMS was cut to fit.</p>}
              </div>
            </SectionMessage>
          )}
          <div style={row}>
            <Button appearance="primary" onClick={() => setAsking(true)} testId="template-save">Save as new version</Button>
            <Button appearance="subtle" onClick={onCancel}>Cancel</Button>
          </div>
        </div>
        <ReasonDialog open={asking} title="Save template" confirmLabel="Save" busy={busy} onConfirm={(r) => void save(r)} onClose={() => setAsking(false)} />
      </section>
    </FieldErrorsContext.Provider>
  );
}
