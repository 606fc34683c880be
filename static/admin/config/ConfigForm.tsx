import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import type { ConfigView } from '../../../src/contracts/resolvers.js';
import { invokeResolver } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import type { PathSegment } from '../../shared/fieldPath.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { row, stack } from '../../shared/styles.js';
import { useReasonedDraft } from '../../shared/useReasonedDraft.js';

const loadConfig = () => invokeResolver('getConfig', {});
const saveConfig = (config: EscalationConfig, reason: string) => invokeResolver('saveConfig', { config, reason });
const configOf = (v: ConfigView): EscalationConfig => v.config;

/**
 * A settings page over part of the site configuration: loads it, lets `children` edit the
 * draft, and saves the whole configuration with a reason through saveConfig, whose field
 * errors ("bridge.global.dialIn") show beside the fields that caused them.
 */
export function ConfigForm({ testId, noun, children }: {
  testId: string;
  noun: string;
  children: (draft: EscalationConfig, edit: (path: readonly PathSegment[], value: unknown) => void) => ReactNode;
}) {
  const { draft, loadError, saveError, errors, dirty, asking, setAsking, busy, load, edit, save } = useReasonedDraft({
    load: loadConfig, save: saveConfig, draftOf: configOf, savedMessage: `${noun[0]?.toUpperCase()}${noun.slice(1)} saved`,
  });
  if (loadError) return <ErrorState error={loadError} onRetry={() => void load()} />;
  if (!draft) return <LoadingState label={`Loading ${noun}…`} />;
  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid={testId} onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        {saveError && <ErrorState error={saveError} />}
        <ErrorSummary errors={errors} />
        {children(draft, edit)}
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy || !dirty} testId={`${testId}-save`}>Save {noun}…</Button>
          <Button appearance="subtle" onClick={() => void load()} isDisabled={busy || !dirty} testId={`${testId}-discard`}>Discard changes</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title={`Why are you changing the ${noun}?`} confirmLabel={`Save ${noun}`} busy={busy}
        testId={`${testId}-save-dialog`} onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
