import { userMentions, withDisplayNames } from '../../../src/domain/people/userMentions.js';

describe('userMentions', () => {
  it.each([
    ['no mention', 'Paged the executive level', []],
    ['one person', 'Paged executive level 1: user sandbox-agent-ana', ['sandbox-agent-ana']],
    ['each person once, in order', 'user ben, user ana [Primary: user ben is on call]', ['ben', 'ana']],
    ['an Atlassian account id', 'user 557058:f58131cb-b67d-43c7-b30d-6b58d40bd077', ['557058:f58131cb-b67d-43c7-b30d-6b58d40bd077']],
    ['not a word ending in user', 'superuser ana', []],
  ])('%s', (_name, text, ids) => {
    expect(userMentions(text)).toEqual(ids);
  });
});

describe('withDisplayNames', () => {
  const names = new Map([['ana', 'Ana Agent'], ['ben', 'Ben Agent']]);
  it.each([
    ['replaces every mention', 'Paged user ana [Primary: user ana is on call]', 'Paged Ana Agent [Primary: Ana Agent is on call]'],
    ['keeps an unknown person as an id', 'Paged user ana and user zed', 'Paged Ana Agent and user zed'],
    ['leaves other text alone', 'Nobody is on call in Primary', 'Nobody is on call in Primary'],
    ['does not touch a longer id that starts with a known one', 'user ana-2 paged', 'user ana-2 paged'],
  ])('%s', (_name, text, expected) => {
    expect(withDisplayNames(text, names)).toBe(expected);
  });
});
