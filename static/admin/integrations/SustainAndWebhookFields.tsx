import type { IntegrationInput, OutboundWebhook } from '../../../src/contracts/integration.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { TextInput } from '../../shared/TextInput.js';
import { row, stack, subtle } from '../../shared/styles.js';

type Sustain = NonNullable<IntegrationInput['sustain']>;
const EVENTS: OutboundWebhook['on'] = ['acknowledged', 'resolved'];

/** Both sustain limits are optional; emptying one removes it rather than saving a zero. */
export function SustainFields({ sustain, onChange }: { sustain: Sustain; onChange: (s: Sustain) => void }) {
  const put = (key: keyof Sustain, v: number | undefined) => {
    const next = { ...sustain };
    if (v === undefined) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  return (
    <div style={stack}>
      <div style={row}>
        <NumberInput path={['sustain', 'forMinutes']} label="Page once firing for (minutes)" value={sustain.forMinutes} min={1} max={1440}
          onChange={(v) => put('forMinutes', v)} width={220} />
        <NumberInput path={['sustain', 'occurrences']} label="…or once received (times)" value={sustain.occurrences} min={2} max={1000}
          onChange={(v) => put('occurrences', v)} width={200} />
      </div>
      <p style={subtle}>Empty both to page at once. Until then a flapping alert is recorded as held and pages nobody.</p>
    </div>
  );
}

/**
 * Tells the monitoring tool when its incident is acknowledged or resolved in Jira, signed with
 * the integration's secret. Off is `null`, not an empty URL.
 */
export function WebhookFields({ hook, onChange }: { hook: OutboundWebhook | null; onChange: (h: OutboundWebhook | null) => void }) {
  const on = hook !== null;
  return (
    <div style={stack}>
      <CheckboxInput path={['outboundWebhook']} label="Call the tool back when its incident is acknowledged or resolved" checked={on}
        onChange={(v) => onChange(v ? { url: '', on: ['resolved'] } : null)} />
      {hook && (
        <div style={row}>
          <TextInput path={['outboundWebhook', 'url']} label="Webhook URL (https)" value={hook.url} onChange={(v) => onChange({ ...hook, url: v ?? '' })}
            width={360} placeholder="https://monitoring.example.com/hooks/jira" />
          <div>
            {EVENTS.map((e) => (
              <CheckboxInput key={e} path={['outboundWebhook', 'on', e]} label={`when ${e}`} checked={hook.on.includes(e)}
                onChange={(v) => onChange({ ...hook, on: v ? EVENTS.filter((x) => x === e || hook.on.includes(x)) : hook.on.filter((x) => x !== e) })} />
            ))}
            <FieldMessages path="outboundWebhook.on" />
          </div>
        </div>
      )}
      {hook && <p style={subtle}>The host must be in the app's egress list (manifest.yml) or Forge refuses the call; failures show under Recent deliveries.</p>}
    </div>
  );
}
