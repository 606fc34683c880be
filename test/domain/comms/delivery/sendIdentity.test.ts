import { contentHash } from '../../../../src/domain/comms/delivery/contentHash.js';
import { fnv1a64 } from '../../../../src/domain/shared/fnv1a64.js';
import { sendKey, type SendKeyParts } from '../../../../src/domain/comms/delivery/sendKey.js';

describe('fnv1a64', () => {
  test.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to the published FNV-1a 64 value', (text, hex) => {
    expect(fnv1a64(text)).toBe(hex);
  });

  it('hashes the UTF-8 bytes, so accented text differs from its unaccented form', () => {
    expect(fnv1a64('café')).not.toBe(fnv1a64('cafe'));
    expect(fnv1a64('café')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('contentHash', () => {
  it('changes when text moves between subject and body', () => {
    expect(contentHash({ subject: 'ab', body: 'c' })).not.toBe(contentHash({ subject: 'a', body: 'bc' }));
  });

  it('is the same for the same text', () => {
    expect(contentHash({ body: 'P1 ITOPS-7' })).toBe(contentHash({ subject: undefined, body: 'P1 ITOPS-7' }));
  });
});

describe('sendKey', () => {
  const parts: SendKeyParts = {
    incidentKey: 'ITOPS-7',
    templateId: 'default-responders-sms',
    templateVersion: 1,
    audience: 'responders',
    channel: 'sms',
    recipient: '+447700900123',
    step: 'e1/technical/L1/r0',
  };

  it('names every part, with the recipient as a hash and the step encoded', () => {
    expect(sendKey(parts)).toBe(
      `ITOPS-7/comms/default-responders-sms@1/responders/sms/${fnv1a64('+447700900123')}/e1%2Ftechnical%2FL1%2Fr0`,
    );
    expect(sendKey(parts)).not.toContain('447700900123');
  });

  test.each([
    ['template version', { templateVersion: 2 }],
    ['recipient', { recipient: '+447700900124' }],
    ['step', { step: 'e1/technical/L2/r0' }],
    ['channel', { channel: 'slack' }],
    ['audience', { audience: 'management' }],
    ['incident', { incidentKey: 'ITOPS-8' }],
  ] as const)('differs when the %s differs', (_part, change) => {
    expect(sendKey({ ...parts, ...change })).not.toBe(sendKey(parts));
  });
});
