import Button from '@atlaskit/button/new';
import { PersonName } from '../../shared/people/PersonName.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import SectionMessage from '@atlaskit/section-message';
import { appRoleNames, type RoleMappingView } from '../../../src/contracts/access.js';
import { invokeResolver } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { ListInput } from '../../shared/ListInput.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { useReasonedDraft } from '../../shared/useReasonedDraft.js';
import { card, heading, row, stack, subtle } from '../../shared/styles.js';
import { roleLabels } from './roleLabels.js';

type Mapping = RoleMappingView['mapping'];

const loadMapping = () => invokeResolver('getRoleMapping', {});
const saveMapping = (mapping: Mapping, reason: string) => invokeResolver('saveRoleMapping', { mapping, reason });
const mappingOf = (v: RoleMappingView): Mapping => v.mapping;

/** Which Jira groups and project roles grant each app role; saved with a reason, like every audited change. */
export function RoleMappingPage() {
  const { view, draft, loadError, saveError, errors, dirty, asking, setAsking, busy, load, edit, save } = useReasonedDraft({
    load: loadMapping, save: saveMapping, draftOf: mappingOf, savedMessage: 'Role mapping saved',
  });

  if (loadError) return <ErrorState error={loadError} onRetry={() => void load()} />;
  if (!view || !draft) return <LoadingState label="Loading role mapping…" />;

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="role-mapping" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <SectionMessage appearance="information" title="Jira administrators are always policy admins">
          <p>Whatever this mapping says, so a mistaken save can always be repaired. Project roles count in the project
            of the incident acted on; for site-wide work they count in any project a policy covers.</p>
        </SectionMessage>
        <p style={subtle} data-testid="role-mapping-source">
          {view.source === 'default'
            ? 'Showing the default mapping: nobody has saved one yet.'
            : <>Last saved by <PersonName accountId={view.updatedBy} /> on {new Date(view.updatedAt ?? '').toLocaleString()}: “{view.reason ?? ''}”</>}
        </p>
        {saveError && <ErrorState error={saveError} />}
        <ErrorSummary errors={errors} />
        {appRoleNames.map((role) => (
          // A named group, so each "Jira groups" box is announced with the role it grants.
          <section key={role} role="group" style={{ ...card, ...row, alignItems: 'flex-start', marginBottom: 0 }} aria-labelledby={`role-${role}`} data-testid={`role-${role}`}>
            <div style={{ flex: '0 0 240px' }}>
              <h3 id={`role-${role}`} style={{ ...heading, marginBottom: 0 }}>{roleLabels[role].title}</h3>
              <span style={subtle}>{roleLabels[role].grants}</span>
            </div>
            <div style={{ flex: '1 1 200px' }}>
              <DirectoryPicker path={[role, 'groups']} label="Jira groups" kind="group" value={draft[role].groups} width="100%"
                onChange={(v) => edit([role, 'groups'], v)} />
            </div>
            <div style={{ flex: '1 1 200px' }}>
              <ListInput path={[role, 'projectRoles']} label="Project roles" value={draft[role].projectRoles} width="100%"
                placeholder="none; e.g. Service Desk Team" onChange={(v) => edit([role, 'projectRoles'], v)} />
            </div>
          </section>
        ))}
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy || !dirty} testId="role-mapping-save">Save role mapping…</Button>
          <Button appearance="subtle" onClick={() => void load()} isDisabled={busy || !dirty} testId="role-mapping-discard">Discard changes</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title="Why are you changing who holds which role?" confirmLabel="Save role mapping" busy={busy}
        testId="role-mapping-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}
