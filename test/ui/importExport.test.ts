import { makeExportBundle } from '../../static/admin/transfer/exportBundle.js';
import { parseImport } from '../../static/admin/transfer/parseImport.js';
import { planImport } from '../../static/admin/transfer/planImport.js';
import { IntegrationSchema } from '../../src/contracts/integration.js';
import { aConfig, aPolicy, aSummary } from './uiBuilders.js';

const anIntegration = (overrides: Record<string, unknown> = {}) =>
  IntegrationSchema.parse({ id: 'prom', name: 'Prometheus', format: 'alertmanager', projectKey: 'ITOPS', auth: 'bearer', ...overrides });

const NOW = new Date('2026-11-27T09:00:00.000Z');

describe('parseImport', () => {
  it('reads back what export wrote', () => {
    const bundle = makeExportBundle(aConfig(), [aPolicy({ id: 'b' }), aPolicy({ id: 'a' })], NOW);
    const parsed = parseImport(JSON.stringify(bundle));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.bundle.policies.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('refuses text that is not JSON', () => {
    const parsed = parseImport('{oops');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses another format', () => {
    const parsed = parseImport(JSON.stringify({ format: 'other', formatVersion: 1 }));
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.field)).toEqual(['format']);
  });

  it('names the config field the schema refuses, and duplicate policy ids', () => {
    const bundle = makeExportBundle(aConfig(), [aPolicy(), aPolicy()], NOW);
    const broken = { ...bundle, config: { ...bundle.config, services: [{ name: '', criticality: 'standard' }] } };
    const parsed = parseImport(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.map((e) => e.field)).toEqual(['config.services[0].name', 'policies[1].id']);
    }
  });
});

describe('planImport', () => {
  it('sorts imported policies into added, changed and unchanged, and lists stored ones the import omits', () => {
    const stored = [aSummary(aPolicy({ id: 'same' }), 3), aSummary(aPolicy({ id: 'edited' }), 5), aSummary(aPolicy({ id: 'gone' }), 1)];
    const plan = planImport(
      { config: aConfig(), policies: stored },
      { config: aConfig(), policies: [aPolicy({ id: 'same' }), aPolicy({ id: 'edited', rank: 50 }), aPolicy({ id: 'new' })] },
    );
    expect(plan.added.map((p) => p.id)).toEqual(['new']);
    expect(plan.changed.map((c) => [c.policy.id, c.expectedVersion, c.diff.map((d) => d.path)])).toEqual([['edited', 5, ['rank']]]);
    expect(plan.unchanged).toEqual(['same']);
    expect(plan.removed.map((s) => s.policy.id)).toEqual(['gone']);
    expect(plan.configDiff).toEqual([]);
  });

  it('reports the config fields that differ', () => {
    const plan = planImport({ config: aConfig(), policies: [] }, { config: aConfig({ slaMetrics: ['Time to resolution'] }), policies: [] });
    expect(plan.configDiff.map((d) => d.path)).toEqual(['slaMetrics[0]', 'slaMetrics[1]']);
  });

  it('lists each integration rule and alert setting that changes, and new integrations', () => {
    const stored = { config: aConfig(), policies: [], integrations: [anIntegration()], alertSettings: { maintenanceWindows: [], peakHours: [] } };
    const imported = {
      config: aConfig(), policies: [],
      integrations: [anIntegration({ sustain: { occurrences: 3 }, correlation: [{ id: 'svc', kind: 'same-service', withinMinutes: 10 }] }), anIntegration({ id: 'dd', name: 'Datadog', format: 'datadog' })],
      alertSettings: { maintenanceWindows: [], peakHours: [{ id: 'office', services: null, timeZone: 'UTC', days: [1], start: '09:00', end: '17:00' }] },
    };
    const plan = planImport(stored, imported);
    expect(plan.integrations.map((i) => [i.id, i.isNew, i.isNew ? [] : i.diff.map((d) => d.path)])).toEqual([
      ['prom', false, ['correlation[0].id', 'correlation[0].kind', 'correlation[0].withinMinutes', 'sustain.occurrences']], ['dd', true, []],
    ]);
    expect(plan.alertSettingsDiff.map((d) => d.path)).toEqual(['peakHours[0].id', 'peakHours[0].services', 'peakHours[0].timeZone', 'peakHours[0].days[0]', 'peakHours[0].start', 'peakHours[0].end']);
    expect(planImport(stored, { ...stored }).integrations).toEqual([]);
  });
});

describe('export and parse of integrations', () => {
  it('round-trips integrations (sorted by id) and alert settings', () => {
    const bundle = makeExportBundle(aConfig(), [], NOW, { integrations: [anIntegration({ id: 'z' }), anIntegration({ id: 'a' })], alertSettings: { maintenanceWindows: [], peakHours: [] } });
    const parsed = parseImport(JSON.stringify(bundle));
    expect(parsed.ok && parsed.bundle.integrations?.map((i) => i.id)).toEqual(['a', 'z']);
    expect(parsed.ok && parsed.bundle.alertSettings).toEqual({ maintenanceWindows: [], peakHours: [] });
  });

  it('refuses integrations that are not a list', () => {
    const parsed = parseImport(JSON.stringify({ ...makeExportBundle(aConfig(), [], NOW), integrations: { prom: {} } }));
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.field)).toEqual(['integrations']);
  });
});
