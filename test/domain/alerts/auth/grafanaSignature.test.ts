import { createHmac } from 'node:crypto';
import { basicCredentials } from '../../../../src/domain/alerts/auth/basicCredentials.js';
import { grafanaSignature } from '../../../../src/domain/alerts/auth/grafanaSignature.js';

describe('grafanaSignature', () => {
  it('is lower-case hex HMAC-SHA256 over the body alone without a timestamp', () => {
    expect(grafanaSignature('k', '{"a":1}', null)).toBe(createHmac('sha256', 'k').update('{"a":1}').digest('hex'));
  });
  it('covers "timestamp:body" with one', () => {
    expect(grafanaSignature('k', '{"a":1}', '1795770000')).toBe(createHmac('sha256', 'k').update('1795770000:{"a":1}').digest('hex'));
    expect(grafanaSignature('k', '{"a":1}', '1795770000')).not.toBe(grafanaSignature('k', '{"a":1}', null));
  });
});

describe('basicCredentials', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  it.each([
    [`Basic ${b64('prometheus:s3cret')}`, { user: 'prometheus', password: 's3cret' }],
    [`basic ${b64('u:pa:ss')}`, { user: 'u', password: 'pa:ss' }],
    [`Basic ${b64('u:')}`, { user: 'u', password: '' }],
  ])('reads %s', (header, expected) => {
    expect(basicCredentials(header)).toEqual(expected);
  });
  it.each([[null], ['Bearer abc'], [`Basic ${b64('no-colon')}`], ['Basic !!!']])('gives null for %s', (header) => {
    expect(basicCredentials(header)).toBeNull();
  });
});
