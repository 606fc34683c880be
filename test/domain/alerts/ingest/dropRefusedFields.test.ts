import { describeUnset, dropRefusedFields, type IncidentDraft } from '../../../../src/domain/alerts/ingest/dropRefusedFields.js';

const draft = (over: Partial<IncidentDraft> = {}): IncidentDraft => ({
  projectKey: 'ITOPS', requestType: null, summary: '[ERROR] Disk full', description: 'Disk full', service: 'Billing', labels: [], impact: 'Significant / Large', urgency: 'High', priority: 'P2', ...over,
});

describe('dropRefusedFields', () => {
  it('leaves the refused fields unset and says why in the description', () => {
    const r = dropRefusedFields(draft(), [{ field: 'service', message: "components: Specify a valid 'components' id or name" }, { field: 'priority', message: 'priority: unknown' }]);
    expect(r?.draft).toMatchObject({ service: null, priority: null, impact: 'Significant / Large' });
    expect(r?.draft.description).toBe("Disk full\n\nCould not be set on create (Jira refused the value; set it by hand):\n- Service (component) \"Billing\": components: Specify a valid 'components' id or name\n- Priority \"P2\": priority: unknown");
    expect(describeUnset(r!.unset)).toBe('service "Billing", priority "P2"');
  });
  it('adds to the note on a second refusal instead of repeating its heading', () => {
    const first = dropRefusedFields(draft(), [{ field: 'service', message: 'x' }])!;
    const second = dropRefusedFields(first.draft, [{ field: 'urgency', message: 'y' }])!;
    expect(second.draft.description.match(/Could not be set/g)).toHaveLength(1);
    expect(second.draft.description).toContain('- Urgency "High": y');
  });
  it('gives null when the refused field is already unset, so the caller stops retrying', () => {
    expect(dropRefusedFields(draft({ service: null }), [{ field: 'service', message: 'x' }])).toBeNull();
  });
});
