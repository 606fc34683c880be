import { useCallback, useEffect, useState } from 'react';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import Button from '@atlaskit/button/new';
import { audiences } from '../../../src/contracts/comms.js';
import type { ChannelSettingsView } from '../../../src/contracts/commsAdmin.js';
import type { ChannelSecretName, CommsSettings } from '../../../src/contracts/commsSettings.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors } from '../../shared/fieldPath.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { notify } from '../../shared/notify.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { priorities, type Priority } from '../../../src/contracts/common.js';

const SECRET_LABELS: Record<ChannelSecretName, string> = {
  slackWebhookUrl: 'Slack incoming webhook URL',
  teamsWebhookUrl: 'Teams incoming webhook URL',
  smsAuthToken: 'SMS gateway auth token',
  slackBotToken: 'Slack bot token (xoxb-…)',
};
const list = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');

/**
 * Channel settings. Secrets are write-only here: the page shows whether each is set and its last
 * characters, and sends a secret only when the admin types a new one (or removes it).
 */
export function ChannelSettingsSection() {
  const [view, setView] = useState<ChannelSettingsView | null>(null);
  const [draft, setDraft] = useState<CommsSettings | null>(null);
  const [secrets, setSecrets] = useState<Partial<Record<ChannelSecretName, string | null>>>({});
  const [error, setError] = useState<ResolverError | null>(null);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const accept = (v: ChannelSettingsView) => { setView(v); setDraft(v.settings); setSecrets({}); setErrors(new Map()); setError(null); };
  const load = useCallback(async () => {
    const r = await invokeResolver('getCommsChannels', {});
    if (r.ok) accept(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (error && !view) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!view || !draft) return <LoadingState label="Loading channel settings…" />;
  const edit = (f: (s: CommsSettings) => CommsSettings) => setDraft((d) => (d ? f(d) : d));

  async function save(reason: string) {
    if (!draft) return;
    setBusy(true);
    const r = await invokeResolver('saveCommsChannels', { settings: draft, secrets, reason });
    setBusy(false);
    setAsking(false);
    if (!r.ok) {
      setErrors(indexFieldErrors(r.error.fields));
      return setError(r.error);
    }
    accept(r.data);
    notify('Channel settings saved');
  }

  const secretInput = (name: ChannelSecretName) => {
    const current = view.secrets[name];
    return (
      <div style={row} key={name}>
        <TextInput path={['secrets', name]} label={`${SECRET_LABELS[name]} (${current.set ? `set: ${current.masked}` : 'not set'})`}
          value={secrets[name] ?? ''} placeholder={current.set ? 'leave empty to keep' : ''} width={420}
          onChange={(v) => setSecrets((s) => { const next = { ...s }; if (v) next[name] = v; else delete next[name]; return next; })} />
        {current.set && <Button spacing="compact" appearance="subtle" onClick={() => setSecrets((s) => ({ ...s, [name]: null }))}
          testId={`remove-${name}`}>{secrets[name] === null ? 'Will be removed' : 'Remove'}</Button>}
      </div>
    );
  };

  return (
    <FieldErrorsContext.Provider value={errors}>
      <section style={card} data-testid="comms-channels" aria-label="Channels">
        <h3 style={heading}>Channels</h3>
        <div style={stack}>
          {error && <ErrorState error={error} />}
          <TextInput path={['settings', 'siteUrl']} label="Jira site address (for incident links)" value={draft.siteUrl ?? ''} placeholder="https://your-site.atlassian.net"
            onChange={(v) => edit((s) => ({ ...s, siteUrl: v ? v : null }))} width={420} />
          <CheckboxInput path={['settings', 'slack', 'enabled']} label="Slack enabled" checked={draft.slack.enabled} onChange={(v) => edit((s) => ({ ...s, slack: { enabled: v } }))} />
          {secretInput('slackWebhookUrl')}
          <CheckboxInput path={['settings', 'teams', 'enabled']} label="Teams enabled" checked={draft.teams.enabled} onChange={(v) => edit((s) => ({ ...s, teams: { enabled: v } }))} />
          {secretInput('teamsWebhookUrl')}
          <CheckboxInput path={['settings', 'sms', 'enabled']} label="SMS enabled" checked={draft.sms.enabled} onChange={(v) => edit((s) => ({ ...s, sms: { ...s.sms, enabled: v } }))} />
          <div style={row}>
            <TextInput path={['settings', 'sms', 'gatewayUrl']} label="SMS gateway Messages URL" value={draft.sms.gatewayUrl ?? ''} width={420}
              onChange={(v) => edit((s) => ({ ...s, sms: { ...s.sms, gatewayUrl: v ? v : null } }))} />
            <TextInput path={['settings', 'sms', 'accountSid']} label="Account SID" value={draft.sms.accountSid ?? ''}
              onChange={(v) => edit((s) => ({ ...s, sms: { ...s.sms, accountSid: v ? v : null } }))} />
            <TextInput path={['settings', 'sms', 'from']} label="From number" value={draft.sms.from ?? ''}
              onChange={(v) => edit((s) => ({ ...s, sms: { ...s.sms, from: v ? v : null } }))} />
          </div>
          {secretInput('smsAuthToken')}
          <h4 style={heading}>War rooms</h4>
          <span style={subtle}>A Slack channel per protocol-engaged or high-priority incident: the engaged people are invited, the summary with bridge and Jira link is pinned, every escalation step, handoff and public update is posted, and it is archived on resolution. Needs a bot token with channels:manage, chat:write, pins:write, users:read.email.</span>
          <div data-testid="war-room-settings" style={stack}>
            <CheckboxInput path={['settings', 'warRoom', 'enabled']} label="Open war rooms in Slack" checked={draft.warRoom.enabled}
              onChange={(v) => edit((s) => ({ ...s, warRoom: { ...s.warRoom, enabled: v } }))} />
            <div style={row}>
              <TextInput path={['settings', 'warRoom', 'nameTemplate']} label="Channel name template ({{key}}, {{service}}, {{priority}}, {{summary}})" value={draft.warRoom.nameTemplate} width={420}
                onChange={(v) => edit((s) => ({ ...s, warRoom: { ...s.warRoom, nameTemplate: v ?? '' } }))} />
              <SelectInput<Priority | 'none'> path={['settings', 'warRoom', 'minPriority']} label="Also for incidents at or above"
                value={draft.warRoom.minPriority ?? 'none'} options={[...priorities.map((p) => ({ value: p, label: p })), { value: 'none' as const, label: 'Only protocol-engaged incidents' }]}
                onChange={(v) => edit((s) => ({ ...s, warRoom: { ...s.warRoom, minPriority: v === undefined || v === 'none' ? null : v } }))} />
            </div>
            <CheckboxInput path={['settings', 'warRoom', 'private']} label="Private channels" checked={draft.warRoom.private}
              onChange={(v) => edit((s) => ({ ...s, warRoom: { ...s.warRoom, private: v } }))} />
            <CheckboxInput path={['settings', 'warRoom', 'drills']} label="War rooms for drills too (named drill-…, every post marked [DRILL])" checked={draft.warRoom.drills}
              onChange={(v) => edit((s) => ({ ...s, warRoom: { ...s.warRoom, drills: v } }))} />
            {secretInput('slackBotToken')}
          </div>
          <h4 style={heading}>Standing recipients per audience</h4>
          <span style={subtle}>Comma-separated. Emails go to Jira account ids and groups through Jira; SMS to E.164 numbers.</span>
          {audiences.map((a) => (
            <div style={row} key={a} data-testid={`recipients-${a}`}>
              <strong style={{ width: 100 }}>{a}</strong>
              <DirectoryPicker path={['settings', 'recipients', a, 'accountIds']} label="People" kind="user" value={draft.recipients[a].accountIds} width={320}
                onChange={(v) => edit((s) => ({ ...s, recipients: { ...s.recipients, [a]: { ...s.recipients[a], accountIds: v } } }))} />
              <DirectoryPicker path={['settings', 'recipients', a, 'groups']} label="Jira groups" kind="group" value={draft.recipients[a].groups} width={320}
                onChange={(v) => edit((s) => ({ ...s, recipients: { ...s.recipients, [a]: { ...s.recipients[a], groups: v } } }))} />
              <TextInput path={['settings', 'recipients', a, 'smsNumbers']} label="SMS numbers" value={draft.recipients[a].smsNumbers.join(', ')}
                onChange={(v) => edit((s) => ({ ...s, recipients: { ...s.recipients, [a]: { ...s.recipients[a], smsNumbers: list(v) } } }))} />
            </div>
          ))}
          <div style={row}><Button appearance="primary" onClick={() => setAsking(true)} testId="channels-save">Save channels</Button></div>
        </div>
        <ReasonDialog open={asking} title="Save channel settings" confirmLabel="Save" busy={busy} onConfirm={(r) => void save(r)} onClose={() => setAsking(false)} />
      </section>
    </FieldErrorsContext.Provider>
  );
}
