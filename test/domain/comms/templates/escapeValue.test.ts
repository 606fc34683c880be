import { escapeValue } from '../../../../src/domain/comms/templates/escapeValue.js';

describe('escapeValue', () => {
  test.each([
    ['slack', 'DB <!channel> & <https://evil.example|click>', 'DB &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;'],
    ['teams', '*urgent* _now_ [x](https://evil.example) <b>', '\\*urgent\\* \\_now\\_ \\[x\\]\\(https://evil.example\\) \\<b\\>'],
    ['jsmPublicComment', '{code}x{code} [link|https://evil.example] *bold* -gone-', '\\{code\\}x\\{code\\} \\[link\\|https://evil.example\\] \\*bold\\* \\-gone\\-'],
    ['email', '<b>A & B</b> *x*', '<b>A & B</b> *x*'],
    ['sms', '<b>A & B</b> *x*', '<b>A & B</b> *x*'],
  ] as const)('escapes a summary for %s', (channel, value, expected) => {
    expect(escapeValue(channel, 'summary', value)).toBe(expected);
  });

  test.each([
    ['slack', 'https://x.example/a?b=1&c=2', 'https://x.example/a?b=1&amp;c=2'],
    ['teams', 'https://x.example/my_page*(1)', 'https://x.example/my%5Fpage%2A%281%29'],
    ['jsmPublicComment', 'https://x.example/a|b', 'https://x.example/a%7Cb'],
    ['sms', 'https://x.example/a_b', 'https://x.example/a%5Fb'],
  ] as const)('keeps an http(s) link working on %s', (channel, value, expected) => {
    expect(escapeValue(channel, 'link', value)).toBe(expected);
  });

  it('treats a link variable that is not a web address as text', () => {
    expect(escapeValue('teams', 'bridgeUrl', 'javascript:alert(1)')).toBe('javascript:alert\\(1\\)');
  });

  it('removes control characters and bidirectional overrides but keeps line breaks', () => {
    expect(escapeValue('sms', 'summary', 'a\u0000b\u202Ec\nd\te')).toBe('abc\nd\te');
  });
});
