import { newReferences } from '../../../src/domain/people/personReference.js';
import { teamPeople } from '../../../src/domain/people/teamPeople.js';

describe('teamPeople', () => {
  it.each([
    ['members only', { members: ['a', 'b'], liaisons: [], managers: [] }, [['members[0]', 'a'], ['members[1]', 'b']]],
    ['a liaison who is also a member is named in both places', { members: ['a'], liaisons: ['a'], managers: [] }, [['members[0]', 'a'], ['liaisons[0]', 'a']]],
    ['managers come last, by their own index', { members: ['a'], liaisons: ['a'], managers: ['m1', 'm2'] }, [['members[0]', 'a'], ['liaisons[0]', 'a'], ['managers[0]', 'm1'], ['managers[1]', 'm2']]],
  ])('%s', (_name, team, expected) => {
    expect(teamPeople(team).map((r) => [r.field, r.kind === 'user' ? r.accountId : r.groupName])).toEqual(expected);
  });

  it('a save that only reorders members adds nobody new to check', () => {
    const before = teamPeople({ members: ['a', 'b'], liaisons: ['a'], managers: [] });
    const after = teamPeople({ members: ['b', 'a'], liaisons: ['a'], managers: [] });
    expect(newReferences(after, before)).toEqual([]);
  });

  it('a save that adds a member names only that member, by the field it sits in', () => {
    const before = teamPeople({ members: ['a'], liaisons: ['a'], managers: [] });
    const after = teamPeople({ members: ['a', 'x'], liaisons: ['a'], managers: [] });
    expect(newReferences(after, before)).toEqual([{ field: 'members[1]', kind: 'user', accountId: 'x' }]);
  });
});
