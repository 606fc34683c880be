import { priorities } from '../../../src/contracts/common.js';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { row, stack, subtle } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';

type Bridge = NonNullable<EscalationConfig['bridge']>;
type Line = NonNullable<Bridge['global']>;

/** One conference line: its join link and the dial-in string with the PIN after the pauses. */
function LineFields({ base, line, edit }: { base: readonly (string | number)[]; line: Line | undefined; edit: Edit }) {
  const set = (field: 'url' | 'dialIn', v: string | undefined) => {
    const next = { ...(line ?? { url: '' }), [field]: v };
    if (next.dialIn === undefined) delete next.dialIn;
    edit(base, next.url === '' && next.dialIn === undefined ? undefined : next);
  };
  return (
    <div style={{ ...row, alignItems: 'flex-start' }}>
      <TextInput path={[...base, 'url']} label="Join link (https://)" width={320} value={line?.url} optional onChange={(v) => set('url', v ?? '')} />
      <TextInput path={[...base, 'dialIn']} label="Dial-in with PIN (e.g. +44 20 7946 0000,,123456#)" width={320} value={line?.dialIn} optional
        onChange={(v) => set('dialIn', v)} />
    </div>
  );
}

/** Which incidents open a bridge, on which line (global or per service), and how joins are chased. */
export function BridgeEditor({ bridge, services, edit }: { bridge: EscalationConfig['bridge']; services: readonly string[]; edit: Edit }) {
  const b = bridge;
  const atOrAbove = b?.openAtOrAbove ?? 'P2';
  const opens = priorities.slice(0, priorities.indexOf(atOrAbove) + 1).join(', ');
  const own = Object.keys(b?.services ?? {});
  return (
    <div style={stack}>
      <div style={{ ...row, alignItems: 'flex-start' }}>
        <SelectInput path={['bridge', 'openAtOrAbove']} label="Open a bridge for" value={atOrAbove}
          options={priorities.map((p) => ({ value: p, label: `${p} and more urgent` }))} onChange={(v) => edit(['bridge', 'openAtOrAbove'], v)} />
        <NumberInput path={['bridge', 'joinMinutes']} label="Minutes to join" value={b?.joinMinutes ?? 10} onChange={(v) => edit(['bridge', 'joinMinutes'], v)} />
        <NumberInput path={['bridge', 'escalateAfterMinutes']} label="Escalate a missed join after (minutes)" width={220}
          value={b?.escalateAfterMinutes ?? 10} onChange={(v) => edit(['bridge', 'escalateAfterMinutes'], v)} />
      </div>
      <LineFields base={['bridge', 'global']} line={b?.global} edit={edit} />
      {services.length > 0 && (
        <details open={own.length > 0}>
          <summary>Lines of their own for services ({own.length})</summary>
          {services.map((name) => (
            <fieldset key={name} style={{ border: 'none', padding: 0 }} data-testid={`bridge-service-${name}`}>
              <legend style={subtle}>{name}</legend>
              <LineFields base={['bridge', 'services', name]} line={b?.services?.[name]} edit={edit} />
            </fieldset>
          ))}
        </details>
      )}
      <p style={subtle} data-testid="bridge-preview" aria-live="polite">
        {b?.global || own.length > 0
          ? `Preview: ${opens} incidents open a bridge${b?.global ? ` on ${b.global.url}${b.global.dialIn ? ` (dial ${b.global.dialIn})` : ''}` : ' only for services with a line'}; `
            + `people paged have ${b?.joinMinutes ?? 10} minutes to join, and a missed join escalates ${b?.escalateAfterMinutes ?? 10} minutes after the reminder.`
          : 'Preview: no line is set, so no bridge opens.'}
      </p>
    </div>
  );
}
