import { AppError } from '../../../src/app/shared/appError.js';
import { acknowledge, escalate, standDown } from '../../../src/app/escalation/incidentCommands.js';
import { incidentView } from '../../../src/app/escalation/incidentView.js';
import { anIncident, slaAt } from '../../support/builders.js';
import { AGENT, appHarness, CUSTOMER } from '../../support/appHarness.js';

describe('incident commands', () => {
  it('an agent escalates with a reason; the panel view shows it', async () => {
    const h = await appHarness();
    h.host.put(anIncident());
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'managerial', level: 1, reason: 'VIP customer affected' });
    const view = await incidentView(h.deps, AGENT, 'ITOPS-1');
    expect(view.state).toMatchObject({ status: 'active', path: 'managerial', level: 1, triggerId: 'manual' });
    expect(view.events.map((e) => [e.type, e.actor])).toEqual([['manualEscalation', 'agent-ana'], ['paged', undefined]]);
    expect(view.permissions.acknowledge).toEqual({ allowed: true });
    expect(h.notifier.outbox[0]!.targets).toEqual([{ type: 'user', accountId: 'manager-max' }]);
  });

  it('refuses a customer on the server and writes the access log', async () => {
    const h = await appHarness();
    h.host.put(anIncident());
    const attempt = escalate(h.deps, CUSTOMER, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'please hurry' });
    await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'escalate needs the Jira permission EDIT_ISSUES on ITOPS-1, which you do not have' });
    expect(await h.store.listAccessLog(10)).toEqual([{ at: '2026-11-27T09:00:00.000Z', accountId: 'customer-cy', action: 'escalate',
      issueKey: 'ITOPS-1', allowed: false, reason: 'escalate needs the Jira permission EDIT_ISSUES on ITOPS-1, which you do not have' }]);
    expect(h.host.states.size).toBe(0);
    expect(h.notifier.outbox).toHaveLength(0);
  });

  it('acknowledge stops the climb; a later sweep-time evaluation pages nobody', async () => {
    const h = await appHarness();
    h.host.put(anIncident({ slas: [slaAt(180)] }));
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'SLA at risk' });
    h.clock.advance(5);
    await acknowledge(h.deps, AGENT, 'ITOPS-1');
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'agent-ana', nextEvaluationEpochMs: null });
    expect(h.host.comments.at(-1)!.body).toBe('Escalation acknowledged by agent-ana. The escalation will not climb further.');
  });

  it('stand down needs an active escalation, and records who and why', async () => {
    const h = await appHarness();
    h.host.put(anIncident());
    await expect(standDown(h.deps, AGENT, { issueKey: 'ITOPS-1', reason: 'not needed' })).rejects.toThrow(new AppError('INVALID', 'ITOPS-1 has no escalation to stand down'));
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'checking' });
    await standDown(h.deps, AGENT, { issueKey: 'ITOPS-1', reason: 'duplicate of ITOPS-2' });
    expect(h.host.states.get('ITOPS-1')).toMatchObject({ status: 'none', standDown: { by: 'agent-ana', reason: 'duplicate of ITOPS-2' } });
  });

  it('escalating a level the path does not have names the field', async () => {
    const h = await appHarness();
    h.host.put(anIncident());
    await expect(escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'executive', level: 4, reason: 'x y z' }))
      .rejects.toMatchObject({ code: 'INVALID', message: 'level: the executive path has 2 level(s); 4 does not exist' });
  });

  it('an unknown issue is NOT_FOUND', async () => {
    const h = await appHarness();
    await expect(acknowledge(h.deps, AGENT, 'ITOPS-99')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the panel view shows actions disabled with the role a viewer would need', async () => {
    const h = await appHarness();
    h.host.put(anIncident());
    h.host.addUser('viewer-vi', { groups: ['jira-servicemanagement-users'] });
    h.host.permissions.set('viewer-vi', new Set(['BROWSE_PROJECTS']));
    const v = await incidentView(h.deps, { accountId: 'viewer-vi' }, 'ITOPS-1');
    expect(v.permissions.escalate).toEqual({ allowed: false, reason: 'escalate needs the escalation initiator or policy admin role; you have: viewer' });
    expect(v.permissions.acknowledge).toEqual({ allowed: false, reason: 'acknowledge needs the responder or policy admin role; you have: viewer' });
    expect(v.trace.length).toBeGreaterThan(0);
  });

  it('an initiator without the Edit issues permission sees why they cannot escalate', async () => {
    const h = await appHarness();
    h.host.put(anIncident());
    h.host.permissions.set(AGENT.accountId, new Set(['BROWSE_PROJECTS']));
    const v = await incidentView(h.deps, AGENT, 'ITOPS-1');
    expect(v.permissions.escalate).toEqual({ allowed: false, reason: 'You need the Edit issues permission on this issue.' });
  });
});
