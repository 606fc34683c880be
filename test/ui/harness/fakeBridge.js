// A stand-in for the Forge host, for looking at the Custom UI in a plain browser and for
// browser tests before the sandbox server exists. It defines globalThis.__bridge, the seam
// @forge/bridge calls, and answers every resolver from in-memory fixtures.
// Knobs (query string): ?fail=<resolverName> answers that resolver with an INTERNAL error;
// ?deny=1 refuses every incident action; ?empty=1 starts with nothing escalated.
(function () {
  const params = new URLSearchParams(location.search);
  const start = Date.now();
  const iso = (ms) => new Date(ms).toISOString();
  const min = 60000;
  const deny = params.get('deny') === '1';
  const empty = params.get('empty') === '1';
  const log = (globalThis.__fakeBridgeCalls = []);

  const level = (targets) => ({ targets, backups: [], delayMinutes: 15, ackTimeoutMinutes: 10, repeat: 1, actions: [] });
  const policy = {
    id: 'major-incidents', name: 'Major incidents', enabled: true, rank: 10,
    scope: { projects: ['ITOPS'], requestTypes: [], services: [] },
    triggers: [{ id: 'ttr-75', type: 'slaPercent', metric: 'Time to resolution', percent: 75 }],
    paths: {
      technical: { levels: [level([{ type: 'group', groupName: 'sre' }]), level([{ type: 'schedule', scheduleId: 'sre-primary' }]), level([{ type: 'user', accountId: 'acc-cto' }])] },
      managerial: { levels: [level([{ type: 'group', groupName: 'duty-managers' }])] },
      executive: { levels: [] },
    },
    pathRules: [], defaultPath: 'technical', reviewIntervalMonths: 3,
  };
  const summary = (p, version, reason, overdue) => ({
    policy: p, version, author: 'alice', savedAt: iso(start - version * 86400000), reason,
    reviewDueAt: iso(start + (overdue ? -5 : 40) * 86400000), reviewOverdue: overdue,
  });
  let history = [summary(policy, 2, 'Tighten level 2 delay', true), summary({ ...policy, rank: 20 }, 1, 'First version', false)];
  let config = {
    matrix: { impacts: ['High', 'Low'], urgencies: ['High', 'Low'], cells: [['P1', 'P2'], ['P3', 'P4']] },
    criticalityRules: {
      'mission-critical': { priorityFloor: 'P2', thresholdFactor: 0.5 }, 'business-critical': { priorityFloor: null, thresholdFactor: 0.75 },
      standard: { priorityFloor: null, thresholdFactor: 1 }, legacy: { priorityFloor: null, thresholdFactor: 1 },
    },
    services: [{ name: 'Payments', criticality: 'mission-critical' }],
    calendars: [{ id: 'london', name: 'London office', timeZone: 'Europe/London', week: { 1: [{ start: '09:00', end: '17:00' }] }, holidays: [] }],
    exceptions: [{ id: 'mainframe', services: ['Mainframe'], components: [], triggers: [], reason: 'Vendor support contract sets its own timelines',
      ownerAccountId: 'acc-bob', expiresAt: iso(start - 86400000) }],
    slaMetrics: ['Time to first response', 'Time to resolution'],
  };

  const allow = deny ? { allowed: false, reason: 'Only agents on the incident team may do this' } : { allowed: true };
  let incident = {
    issueKey: 'ITOPS-1',
    state: {
      schema: 1, status: empty ? 'none' : 'active', policyId: 'major-incidents', policyVersion: 2,
      path: empty ? null : 'technical', level: empty ? null : 1, loop: 0, episode: 1,
      since: iso(start - 20 * min), levelDueAt: null, levelFiredAt: iso(start - 5 * min), lastPagedAt: iso(start - 5 * min),
      ackDueAt: empty ? null : iso(start + 5 * min), nextEvaluationAt: empty ? null : iso(start + 7 * min), nextEvaluationEpochMs: null,
      triggerId: 'ttr-75', priority: 'P1', exhausted: false, acknowledgedBy: null, acknowledgedAt: null, resolvedAt: null,
      mutedTriggers: [], standDown: null,
    },
    policy: { id: 'major-incidents', name: 'Major incidents', version: 2, levelsPerPath: { technical: 3, managerial: 1, executive: 0 } },
    slas: [
      { metric: 'Time to first response', remainingMs: 12 * min, breached: false, paused: false, completed: false },
      { metric: 'Time to resolution', remainingMs: -3 * min, breached: true, paused: false, completed: false },
    ],
    trace: ['Policy "Major incidents" matches: project ITOPS.', 'Trigger ttr-75 fired: 75% of Time to resolution elapsed.', 'Level 1 of the technical path paged group sre.'],
    events: empty ? [] : [
      { incidentKey: 'ITOPS-1', at: iso(start - 20 * min), type: 'triggered', path: 'technical', level: 1, loop: 0, detail: 'ttr-75 fired', policyId: 'major-incidents', policyVersion: 2, seq: 0 },
      { incidentKey: 'ITOPS-1', at: iso(start - 5 * min), type: 'paged', path: 'technical', level: 1, loop: 0, detail: 'group sre', policyId: 'major-incidents', policyVersion: 2, seq: 1 },
    ],
    permissions: { escalate: allow, acknowledge: allow, standDown: allow },
    now: iso(start),
  };
  const withNow = () => ({ ...incident, now: new Date().toISOString() });
  const event = (type, extra) => ({ incidentKey: 'ITOPS-1', at: new Date().toISOString(), type, path: incident.state.path, level: incident.state.level,
    loop: 0, detail: '', policyId: 'major-incidents', policyVersion: 2, seq: incident.events.length, ...extra });
  const ok = (data) => ({ ok: true, data });
  const invalid = (fields) => ({ ok: false, error: { code: 'INVALID', message: 'Some values need fixing', fields } });

  function validate(p) {
    const fields = [];
    if (!p || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(p.id || '')) fields.push({ field: 'id', message: 'must be lower-case letters, digits and dashes' });
    if (!p || !p.name) fields.push({ field: 'name', message: 'must not be empty' });
    for (const name of ['technical', 'managerial', 'executive']) {
      (p?.paths?.[name]?.levels || []).forEach((l, i) => {
        if (typeof l.delayMinutes !== 'number' || l.delayMinutes < 0 || l.delayMinutes > 9000) {
          fields.push({ field: `paths.${name}.levels[${i}].delayMinutes`, message: 'must be between 0 and 9000 minutes' });
        }
      });
    }
    return fields;
  }

  const resolvers = {
    getIncidentView: () => ok(withNow()),
    escalate: ({ path, level, reason }) => {
      incident = { ...incident, state: { ...incident.state, status: 'active', path, level, ackDueAt: iso(Date.now() + 10 * min), nextEvaluationAt: iso(Date.now() + 15 * min) },
        events: [...incident.events, event('manualEscalation', { path, level, detail: reason, actor: 'you' })] };
      return ok(withNow());
    },
    acknowledge: () => {
      incident = { ...incident, state: { ...incident.state, status: 'acknowledged', ackDueAt: null, acknowledgedBy: 'you', acknowledgedAt: new Date().toISOString() },
        events: [...incident.events, event('acknowledged', { actor: 'you' })] };
      return ok(withNow());
    },
    standDown: ({ reason }) => {
      incident = { ...incident, state: { ...incident.state, status: 'resolved', ackDueAt: null, nextEvaluationAt: null, standDown: { by: 'you', at: new Date().toISOString(), reason } },
        events: [...incident.events, event('stoodDown', { detail: reason, actor: 'you' })] };
      return ok(withNow());
    },
    listPolicies: () => ok(history.length ? [history[0]] : []),
    getPolicyHistory: () => ok(history),
    validatePolicy: ({ policy: p }) => { const errors = validate(p); return ok({ valid: errors.length === 0, errors }); },
    savePolicy: ({ policy: p, expectedVersion, reason }) => {
      const errors = validate(p);
      if (errors.length) return invalid(errors);
      const current = history.find((s) => s.policy.id === p.id);
      if ((current?.version ?? 0) !== expectedVersion) return { ok: false, error: { code: 'CONFLICT', message: `version ${current?.version} is newer`, fields: [] } };
      const saved = summary(p, expectedVersion + 1, reason, false);
      history = [saved, ...history];
      return ok(saved);
    },
    deletePolicy: ({ id }) => { history = history.filter((s) => s.policy.id !== id); return ok(null); },
    getConfig: () => ok({ config, expiredExceptions: ['mainframe'] }),
    saveConfig: ({ config: c }) => {
      const fields = (c.services || []).flatMap((s, i) => (s.name ? [] : [{ field: `services[${i}].name`, message: 'must not be empty' }]));
      if (fields.length) return invalid(fields);
      config = c;
      return ok({ config, expiredExceptions: ['mainframe'] });
    },
    listActiveEscalations: ({ filters }) => {
      const row = (issueKey, status, path, level, priority, service, ackIn, nextIn, slaMin) => ({
        issueKey, summary: `Incident ${issueKey}`, path, level, status, priority, service,
        ackDueAt: ackIn === null ? null : iso(Date.now() + ackIn * min), nextEvaluationAt: iso(Date.now() + nextIn * min),
        slas: [{ metric: 'Time to resolution', remainingMs: slaMin * min, breached: slaMin < 0, paused: false, completed: false }],
      });
      const rows = [
        row('ITOPS-3', 'acknowledged', 'technical', 2, 'P2', 'Payments', null, 30, 240),
        row('ITOPS-2', 'acknowledged', 'managerial', 1, 'P1', 'Search', null, 20, 10),
        row('ITOPS-1', 'active', 'technical', 1, 'P1', 'Payments', 5, 7, -3),
      ].filter((r) => (!filters?.paths?.length || filters.paths.includes(r.path)) && (!filters?.services?.length || filters.services.includes(r.service)));
      const trend = Array.from({ length: 14 }, (_, i) => ({ day: iso(start - (13 - i) * 86400000).slice(0, 10),
        mttaMinutes: i === 4 ? null : 5 + ((i * 7) % 11), mttrMinutes: i === 4 ? null : 60 + ((i * 37) % 90), incidents: 3 }));
      return ok({ rows, trend, services: ['Payments', 'Search'], now: new Date().toISOString() });
    },
  };

  globalThis.__bridge = {
    callBridge: async (command, payload) => {
      log.push({ command, payload });
      await new Promise((r) => setTimeout(r, 50));
      switch (command) {
        case 'invoke': {
          const name = payload.functionKey;
          if (params.get('fail') === name) return { ok: false, error: { code: 'INTERNAL', message: `${name} failed (fake bridge)`, fields: [] } };
          const fn = resolvers[name];
          return fn ? fn(payload.payload || {}) : { ok: false, error: { code: 'NOT_FOUND', message: `no resolver ${name}`, fields: [] } };
        }
        case 'getContext':
          return { extension: { issue: { key: 'ITOPS-1', type: 'Incident' } }, moduleKey: 'fake', siteUrl: location.origin };
        default:
          return true;
      }
    },
  };
})();
