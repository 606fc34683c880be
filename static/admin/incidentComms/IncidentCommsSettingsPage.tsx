import { card, heading } from '../../shared/styles.js';
import { ConfigForm } from '../config/ConfigForm.js';
import { BridgeEditor } from './BridgeEditor.js';
import { CadenceEditor } from './CadenceEditor.js';
import { PublicUpdatesEditor } from './PublicUpdatesEditor.js';

/** The conference bridge, the stakeholder update cadence and who may publish, saved with a reason. */
export function IncidentCommsSettingsPage() {
  return (
    <ConfigForm testId="incident-comms-settings" noun="bridge and update settings">
      {(draft, edit) => (
        <>
          <section style={card} aria-labelledby="bridge-heading">
            <h3 id="bridge-heading" style={heading}>Conference bridge</h3>
            <BridgeEditor bridge={draft.bridge} services={draft.services.map((s) => s.name)} edit={edit} />
          </section>
          <section style={card} aria-labelledby="cadence-heading">
            <h3 id="cadence-heading" style={heading}>Stakeholder update cadence</h3>
            <CadenceEditor cadence={draft.updateCadence} edit={edit} />
          </section>
          <section style={card} aria-labelledby="public-heading">
            <h3 id="public-heading" style={heading}>Comms lead and public updates</h3>
            <PublicUpdatesEditor settings={draft.publicUpdates} edit={edit} />
          </section>
        </>
      )}
    </ConfigForm>
  );
}
