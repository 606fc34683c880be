import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { TEAM_KIND_LABELS, teamKinds, type TeamInput, type TeamKind, type TeamSummary } from '../../../src/contracts/team.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { ErrorSummary } from '../../shared/ErrorSummary.js';
import { FieldErrorsContext } from '../../shared/FieldErrorsContext.js';
import { indexFieldErrors, type PathSegment } from '../../shared/fieldPath.js';
import { ListInput } from '../../shared/ListInput.js';
import { NumberInput } from '../../shared/NumberInput.js';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import { ReasonDialog } from '../../shared/ReasonDialog.js';
import { SelectInput } from '../../shared/SelectInput.js';
import { setIn } from '../../shared/setIn.js';
import { card, heading, row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';

/** What the editor holds: a team as the save resolver takes it, every optional part filled in. */
export type TeamDraft = Required<Omit<TeamInput, 'customKind'>> & Pick<TeamInput, 'customKind'>;

export const NEW_TEAM: TeamDraft = {
  id: '', name: '', kind: 'network', members: [], liaisons: [], managers: [], scheduleId: null,
  services: { owns: [], dependsOn: [] }, ola: { engagementAckMinutes: 15, handoffAcceptMinutes: 30, calendarId: null },
};

const kindOptions = teamKinds.map((k) => ({ value: k, label: TEAM_KIND_LABELS[k] }));

/**
 * Creates or edits one team. People are chosen with the directory picker, so the draft only
 * ever holds account ids Jira offered; the server still checks each one, and its field errors
 * (`team.members[2]`) show beside the picker they concern.
 */
export function TeamEditor({ initial, version, onSaved, onCancel }: {
  initial: TeamDraft;
  /** The version being edited; 0 for a new team. */
  version: number;
  onSaved: (saved: TeamSummary) => void;
  onCancel: () => void;
}) {
  const isNew = version === 0;
  const [draft, setDraft] = useState<TeamDraft>(initial);
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [schedules, setSchedules] = useState<string[]>([]);
  const [calendars, setCalendars] = useState<string[]>([]);
  useEffect(() => {
    void invokeResolver('listSchedules', {}).then((r) => { if (r.ok) setSchedules(r.data.map((s) => s.schedule.id)); });
    void invokeResolver('getConfig', {}).then((r) => { if (r.ok) setCalendars(r.data.config.calendars.map((c) => c.id)); });
  }, []);
  const edit = (path: readonly PathSegment[], value: unknown) => setDraft((d) => setIn(d, path, value));

  async function save(reason: string) {
    setBusy(true);
    const r = await invokeResolver('saveTeam', { team: draft, expectedVersion: version, reason });
    setBusy(false);
    setAsking(false);
    if (r.ok) return onSaved(r.data);
    setErrors(indexFieldErrors(r.error.fields));
    setSaveError(r.error.code === 'INVALID' && r.error.fields.length > 0 ? null : r.error);
  }

  return (
    <FieldErrorsContext.Provider value={errors}>
      <form style={stack} data-testid="team-editor" onSubmit={(e) => { e.preventDefault(); setAsking(true); }}>
        <h3 style={heading}>{isNew ? 'New team' : `Edit ${initial.name}`}</h3>
        {saveError && <ErrorState error={saveError} title="Not saved" />}
        <ErrorSummary errors={errors} />
        <section style={card} aria-label="Team">
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <TextInput path={['name']} label="Name" value={draft.name} onChange={(v) => edit(['name'], v ?? '')} />
            <TextInput path={['id']} label="Id (policies and protocols name it by this)" value={draft.id} disabled={!isNew} placeholder="network" onChange={(v) => edit(['id'], v ?? '')} />
            <SelectInput<TeamKind> path={['kind']} label="Kind" value={draft.kind} options={kindOptions} onChange={(v) => edit(['kind'], v ?? 'network')} />
            {draft.kind === 'custom' && <TextInput path={['customKind']} label="What kind" value={draft.customKind} optional onChange={(v) => edit(['customKind'], v)} />}
          </div>
        </section>
        <section style={card} aria-label="People">
          <DirectoryPicker path={['members']} label="Members" kind="user" value={draft.members} width="100%" onChange={(v) => edit(['members'], v)} />
          <DirectoryPicker path={['liaisons']} label="Liaisons (paged with the bridge when the team is engaged; must be members)" kind="user" value={draft.liaisons} width="100%" onChange={(v) => edit(['liaisons'], v)} />
          <DirectoryPicker path={['managers']} label="Manager path (paged after the liaison when an OLA is missed)" kind="user" value={draft.managers} width="100%" onChange={(v) => edit(['managers'], v)} />
        </section>
        <section style={card} aria-label="On-call and services">
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <SelectInput path={['scheduleId']} label="On-call schedule" value={draft.scheduleId} optional options={schedules} onChange={(v) => edit(['scheduleId'], v ?? null)} />
            <ListInput path={['services', 'owns']} label="Services it owns" value={draft.services.owns} onChange={(v) => edit(['services', 'owns'], v)} width={260} />
            <ListInput path={['services', 'dependsOn']} label="Services it depends on" value={draft.services.dependsOn} onChange={(v) => edit(['services', 'dependsOn'], v)} width={260} />
          </div>
        </section>
        <section style={card} aria-label="OLA targets">
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <NumberInput path={['ola', 'engagementAckMinutes']} label="Acknowledge within (min)" min={1} max={1440} value={draft.ola.engagementAckMinutes}
              onChange={(v) => edit(['ola', 'engagementAckMinutes'], v)} width={180} />
            <NumberInput path={['ola', 'handoffAcceptMinutes']} label="Accept handoffs within (min)" min={1} max={1440} value={draft.ola.handoffAcceptMinutes}
              onChange={(v) => edit(['ola', 'handoffAcceptMinutes'], v)} width={180} />
            <SelectInput path={['ola', 'calendarId']} label="Counted in working time of" value={draft.ola.calendarId} optional options={calendars} onChange={(v) => edit(['ola', 'calendarId'], v ?? null)} />
          </div>
        </section>
        <div style={row}>
          <Button appearance="primary" type="submit" isDisabled={busy} testId="team-save">Save team…</Button>
          <Button appearance="subtle" onClick={onCancel} testId="team-cancel">Cancel</Button>
        </div>
      </form>
      <ReasonDialog open={asking} title={isNew ? 'Why add this team?' : 'Why change this team?'} confirmLabel="Save team" busy={busy}
        testId="team-save-dialog" onClose={() => setAsking(false)} onConfirm={(reason) => void save(reason)} />
    </FieldErrorsContext.Provider>
  );
}

/** A saved team as a complete draft (defaults the parser filled are already there). */
export function draftOf(t: TeamSummary): TeamDraft {
  return { ...t.team, ola: { ...t.team.ola }, services: { ...t.team.services } };
}
