import { severityFromText } from '../../../../src/domain/alerts/formats/severityFromText.js';

describe('severityFromText', () => {
  test.each([
    ['critical', 'critical'],
    ['P1', 'critical'],
    [' Page ', 'critical'],
    ['high', 'error'],
    ['WARN', 'warning'],
    ['p4', 'info'],
    ['none', 'info'],
    ['unheard-of', null],
    ['', null],
    [undefined, null],
    [null, null],
  ])('reads %p as %p', (text, expected) => {
    expect(severityFromText(text)).toBe(expected);
  });
});
