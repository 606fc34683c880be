import { appRoleNames, type AppRoleName } from '../../../src/contracts/access.js';
import type { EscalationConfig } from '../../../src/contracts/config.js';
import { CheckboxInput } from '../../shared/CheckboxInput.js';
import { FieldMessages } from '../../shared/FieldMessages.js';
import { row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from '../policy/VariantEditor.js';
import { roleLabels } from '../roles/roleLabels.js';

type Settings = NonNullable<EscalationConfig['publicUpdates']>;
const DEFAULTS: Settings = { leadRoles: ['commsLead'], publishRoles: ['commsLead', 'policyAdmin'] };

function RoleChecks({ field, chosen, onChange }: { field: 'leadRoles' | 'publishRoles'; chosen: readonly AppRoleName[]; onChange: (v: AppRoleName[]) => void }) {
  return (
    <div style={row}>
      {appRoleNames.map((r) => (
        <CheckboxInput key={r} path={['publicUpdates', field, r]} label={roleLabels[r].title} checked={chosen.includes(r)}
          onChange={(on) => onChange(on ? [...chosen, r] : chosen.filter((x) => x !== r))} />
      ))}
      <FieldMessages path={`publicUpdates.${field}`} />
    </div>
  );
}

/** Who may be designated comms lead, who may publish, and where status-page updates go. */
export function PublicUpdatesEditor({ settings, edit }: { settings: EscalationConfig['publicUpdates']; edit: Edit }) {
  const s = settings ?? DEFAULTS;
  const set = (patch: Partial<Settings>) => {
    const next = { ...s, ...patch };
    if (next.statusPageUrl === undefined) delete next.statusPageUrl;
    edit(['publicUpdates'], next);
  };
  return (
    <div style={stack}>
      <strong>Roles that may be designated comms lead</strong>
      <RoleChecks field="leadRoles" chosen={s.leadRoles} onChange={(leadRoles) => set({ leadRoles })} />
      <strong>Roles that may publish updates without being the lead</strong>
      <RoleChecks field="publishRoles" chosen={s.publishRoles} onChange={(publishRoles) => set({ publishRoles })} />
      <TextInput path={['publicUpdates', 'statusPageUrl']} label="Status page webhook (https://; empty: no status-page channel)" width="100%" optional
        value={s.statusPageUrl} onChange={(statusPageUrl) => set({ statusPageUrl })} />
    </div>
  );
}
