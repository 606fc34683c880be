import { designateCommsLead } from '../../../../src/app/comms/lead/designateCommsLead.js';
import { publishUpdate } from '../../../../src/app/comms/lead/publishUpdate.js';
import type { PublishUpdateRequest } from '../../../../src/contracts/incidentComms.js';
import { at } from '../../../support/builders.js';
import { ADMIN, AGENT } from '../../../support/appHarness.js';
import { CLEO, commsConfig, commsHarness, P1, STATUS_PAGE } from '../commsHarness.js';

const TEXT = 'Card payments are failing for some customers; next update by 10:00 UTC.';
const req = (overrides: Partial<PublishUpdateRequest> = {}): PublishUpdateRequest =>
  ({ issueKey: P1, channel: 'jsm-public-comment', text: TEXT, requestId: 'req-0001', ...overrides });

async function withLead() {
  const h = await commsHarness();
  await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: CLEO.accountId, reason: 'Cleo leads comms' });
  return h;
}

describe('publishing a public update', () => {
  it('the lead posts a JSM public comment: logged as a communication, on the timeline, and the cadence restarts', async () => {
    const h = await withLead();
    h.clock.set(at(12));
    expect(await publishUpdate(h.deps, CLEO, req())).toEqual({ publishedAt: new Date(at(12)).toISOString(), sent: true });
    expect(h.host.comments.filter((c) => c.public)).toEqual([{ key: P1, body: TEXT, public: true }]);
    // The sender is named by the directory's display name (the harness names Cleo by her id), not as `user <id>`.
    expect(h.host.comments.filter((c) => !c.public).map((c) => c.body)).toContainEqual(expect.stringMatching(/customers via public comment[\s\S]*Sent by: comms-cleo\n/));
    expect((await h.events('updatePublished')).map((e) => [e.detail, e.actor])).toEqual([[`Public update via jsm-public-comment: ${TEXT}`, CLEO.accountId]]);
    expect(await h.events('communication')).toHaveLength(1);
    expect((await h.comms()).lastUpdateAt).toBe(new Date(at(12)).toISOString());
  });

  it('publishes a request once however often it is retried', async () => {
    const h = await withLead();
    await publishUpdate(h.deps, CLEO, req());
    expect(await publishUpdate(h.deps, CLEO, req())).toMatchObject({ sent: false });
    expect(h.host.comments.filter((c) => c.public)).toHaveLength(1);
    await publishUpdate(h.deps, CLEO, req({ requestId: 'req-0002' }));
    expect(h.host.comments.filter((c) => c.public)).toHaveLength(2);
  });

  it('refuses an agent who is not the lead and has no publishing role, says why, and logs the attempt', async () => {
    const h = await withLead();
    await expect(publishUpdate(h.deps, AGENT, req())).rejects.toMatchObject({ code: 'FORBIDDEN',
      message: 'Only the designated comms lead (comms-cleo) or someone with the comms lead or policy admin role may publish a public update; you have: escalation initiator, responder, viewer' });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: AGENT.accountId, action: 'publishStatusUpdate', issueKey: P1, allowed: false });
    expect(h.host.comments.filter((c) => c.public)).toEqual([]);
    expect(await h.events('updatePublished')).toEqual([]);
  });

  it('lets a role allowed to publish do so without being the lead', async () => {
    const h = await withLead();
    await publishUpdate(h.deps, ADMIN, req());
    expect(h.host.comments.filter((c) => c.public)).toHaveLength(1);
  });

  it('lets the designated lead publish even when the configuration gives their role no publishing right', async () => {
    const h = await commsHarness(commsConfig({ publicUpdates: { leadRoles: ['commsLead'], publishRoles: ['policyAdmin'] } }));
    await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: CLEO.accountId, reason: 'Cleo leads comms' });
    await publishUpdate(h.deps, CLEO, req());
    expect(h.host.comments.filter((c) => c.public)).toHaveLength(1);
  });

  it('posts to the configured status page webhook as JSON', async () => {
    const h = await withLead();
    await publishUpdate(h.deps, CLEO, req({ channel: 'status-page' }));
    expect(h.http.sent).toHaveLength(1);
    expect(h.http.sent[0]).toMatchObject({ url: STATUS_PAGE, method: 'POST' });
    expect(JSON.parse(h.http.sent[0]!.body)).toMatchObject({ incident: P1, message: TEXT, idempotencyKey: 'req-0001' });
    expect(h.host.comments.filter((c) => c.public)).toEqual([]);
  });

  it('a status page that refuses leaves a failed communication logged and the request retryable', async () => {
    const h = await withLead();
    h.http.respond = () => ({ status: 503, retryAfterSeconds: null, bodyExcerpt: 'maintenance' });
    await expect(publishUpdate(h.deps, CLEO, req({ channel: 'status-page' }))).rejects.toThrow('The status page refused the update (status page answered 503: maintenance)');
    expect((await h.events('communication'))[0]?.detail).toContain('FAILED: status page answered 503');
    expect((await h.comms()).lastUpdateAt).toBeNull();
    h.http.respond = () => ({ status: 200, retryAfterSeconds: null, bodyExcerpt: 'ok' });
    expect(await publishUpdate(h.deps, CLEO, req({ channel: 'status-page' }))).toMatchObject({ sent: true });
  });

  it('refuses the status-page channel when no webhook is configured', async () => {
    const h = await commsHarness(commsConfig({ publicUpdates: undefined }));
    await expect(publishUpdate(h.deps, ADMIN, req({ channel: 'status-page' }))).rejects.toMatchObject({ code: 'INVALID',
      message: 'channel: no status-page webhook is configured; publish as a JSM public comment' });
  });
});
