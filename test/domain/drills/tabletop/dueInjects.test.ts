import { dueInjects } from '../../../../src/domain/drills/tabletop/dueInjects.js';
import { T0 } from '../../../support/builders.js';
import { anInject } from '../../../support/tabletopBuilders.js';

const MIN = 60_000;
const script = [
  anInject({ id: 'a', atMinute: 0 }),
  anInject({ id: 'c', atMinute: 20 }),
  anInject({ id: 'b', atMinute: 10 }),
  anInject({ id: 'b2', atMinute: 10 }),
];

describe('dueInjects', () => {
  it.each([
    ['at the start only the minute-0 inject is due', 0, [], ['a'], T0 + 10 * MIN],
    ['one minute short of minute 10, nothing more is due', 9, ['a'], [], T0 + 10 * MIN],
    ['at minute 10 both minute-10 injects are due, in the order the script lists them', 10, ['a'], ['b', 'b2'], T0 + 20 * MIN],
    ['late (an evaluation at minute 25) plays everything overdue at once', 25, [], ['a', 'b', 'b2', 'c'], null],
    ['nothing is played twice', 25, ['a', 'b', 'b2', 'c'], [], null],
    ['an inject left over from a missed delivery still plays', 21, ['a', 'c', 'b2'], ['b'], null],
  ])('%s', (_name, minute, delivered, due, nextAtMs) => {
    const r = dueInjects(script, T0, new Set(delivered), T0 + minute * MIN);
    expect(r.due.map((i) => i.id)).toEqual(due);
    expect(r.nextAtMs).toBe(nextAtMs);
  });
});
