import type { BridgeConfig } from '../../../../src/domain/comms/bridge/bridgeConfig.js';
import { BridgeSettingsSchema } from '../../../../src/contracts/incidentCommsConfig.js';
import { bridgeFollowUps, type PagedOwner } from '../../../../src/domain/comms/bridge/bridgeFollowUps.js';
import { bridgeFor } from '../../../../src/domain/comms/bridge/bridgeFor.js';
import { bridgeJoinDeadline } from '../../../../src/domain/comms/bridge/bridgeJoinDeadline.js';

const at = (time: string): Date => new Date(`2026-11-27T${time}:00.000Z`);

const config: BridgeConfig = {
  openAtOrAbove: 'P2',
  global: { url: 'https://meet.example.com/war-room', dialIn: '+44 20 7946 0000,,111#' },
  services: { payments: { url: 'https://meet.example.com/payments' } },
};

describe('bridgeFor', () => {
  test.each([
    ['P1', 'payments', { open: true, source: 'service', url: 'https://meet.example.com/payments' }],
    ['P2', 'search', { open: true, source: 'global', url: 'https://meet.example.com/war-room', dialIn: '+44 20 7946 0000,,111#' }],
    ['P1', null, { open: true, source: 'global', url: 'https://meet.example.com/war-room', dialIn: '+44 20 7946 0000,,111#' }],
    ['P1', 'toString', { open: true, source: 'global', url: 'https://meet.example.com/war-room', dialIn: '+44 20 7946 0000,,111#' }],
    ['P3', 'payments', { open: false, reason: 'below-threshold' }],
  ] as const)('%s on %s', (priority, service, expected) => {
    expect(bridgeFor(priority, service, config)).toEqual(expected);
  });

  it('says when a bridge should open but none is configured for the service or globally', () => {
    expect(bridgeFor('P1', 'search', { ...config, global: undefined })).toEqual({ open: false, reason: 'not-configured' });
  });

  it('parses a config, filling in no per-service lines', () => {
    expect(BridgeSettingsSchema.parse({ openAtOrAbove: 'P1' })).toEqual({ openAtOrAbove: 'P1', services: {}, joinMinutes: 10, escalateAfterMinutes: 10 });
  });

  test.each([
    ['a plain-http URL', { openAtOrAbove: 'P1', global: { url: 'http://meet.example.com/x' } }],
    ['a dial-in with letters', { openAtOrAbove: 'P1', global: { url: 'https://meet.example.com/x', dialIn: 'call me' } }],
    ['an unknown priority', { openAtOrAbove: 'P0' }],
  ])('refuses a config with %s', (_case, input) => {
    expect(BridgeSettingsSchema.safeParse(input).success).toBe(false);
  });
});

describe('bridgeJoinDeadline', () => {
  test.each([
    [undefined, '09:10'],
    [1, '09:01'],
    [30, '09:30'],
  ])('with %s minutes, someone paged at 09:00 must join by %s', (minutes, deadline) => {
    expect(bridgeJoinDeadline(at('09:00'), minutes)).toEqual(at(deadline));
  });

  test.each([0, 1.5, 121])('refuses %s minutes', (minutes) => {
    expect(() => bridgeJoinDeadline(at('09:00'), minutes)).toThrow('minutes must be a whole number from 1 to 120');
  });
});

describe('bridgeFollowUps', () => {
  const ana: PagedOwner = { accountId: 'ana', pagedAt: at('09:00') };

  test.each([
    ['before the deadline: wait for it', [], ana, '09:05', [], '09:10'],
    ['at the deadline without a join: follow up', [], ana, '09:10', [{ kind: 'follow-up', accountId: 'ana', deadline: at('09:10') }], '09:15'],
    ['joined in time: nothing', [{ accountId: 'ana', joinedAt: at('09:04') }], ana, '09:20', [], null],
    ['joined late after a follow-up: nothing more', [{ accountId: 'ana', joinedAt: at('09:12') }], { ...ana, followedUpAt: at('09:10') }, '09:20', [], null],
    ['a join not yet happened at now does not count', [{ accountId: 'ana', joinedAt: at('09:30') }], ana, '09:10', [{ kind: 'follow-up', accountId: 'ana', deadline: at('09:10') }], '09:15'],
    ['followed up, still inside the grace: wait', [], { ...ana, followedUpAt: at('09:10') }, '09:14', [], '09:15'],
    ['followed up and unanswered: escalate', [], { ...ana, followedUpAt: at('09:10') }, '09:15', [{ kind: 'escalate', accountId: 'ana', deadline: at('09:10') }], null],
    ['already escalated: nothing', [], { ...ana, followedUpAt: at('09:10'), escalatedAt: at('09:15') }, '09:40', [], null],
    ['someone else joining does not help', [{ accountId: 'bo', joinedAt: at('09:01') }], ana, '09:10', [{ kind: 'follow-up', accountId: 'ana', deadline: at('09:10') }], '09:15'],
  ] as const)('%s', (_case, joins, owner, now, actions, nextCheck) => {
    expect(bridgeFollowUps(joins, [owner], at(now))).toEqual({ actions, nextCheckAt: nextCheck === null ? null : at(nextCheck) });
  });

  it('handles several owners and reports the earliest next check', () => {
    const paged: PagedOwner[] = [
      { accountId: 'ana', pagedAt: at('09:00') },
      { accountId: 'bo', pagedAt: at('09:03') },
      { accountId: 'cy', pagedAt: at('08:50'), followedUpAt: at('09:00') },
    ];
    expect(bridgeFollowUps([], paged, at('09:10'))).toEqual({
      actions: [
        { kind: 'follow-up', accountId: 'ana', deadline: at('09:10') },
        { kind: 'escalate', accountId: 'cy', deadline: at('09:00') },
      ],
      nextCheckAt: at('09:13'),
    });
  });

  it('uses the configured join window and escalation wait', () => {
    const plan = bridgeFollowUps([], [{ ...ana, followedUpAt: at('09:05') }], at('09:07'), { joinMinutes: 5, escalateAfterMinutes: 2 });
    expect(plan.actions).toEqual([{ kind: 'escalate', accountId: 'ana', deadline: at('09:05') }]);
  });
});
