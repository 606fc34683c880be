import { indexFieldErrors, normalizeFieldPath, toFieldPath } from '../../static/shared/fieldPath.js';

describe('field paths', () => {
  it('spells paths the way the resolvers name fields', () => {
    expect(toFieldPath(['paths', 'technical', 'levels', 1, 'delayMinutes'])).toBe('paths.technical.levels[1].delayMinutes');
  });

  test.each([
    ['paths.technical.levels[1].delayMinutes', 'paths.technical.levels[1].delayMinutes'],
    ['paths.technical.levels.1.delayMinutes', 'paths.technical.levels[1].delayMinutes'],
    ['policy.paths.technical.levels[1].delayMinutes', 'paths.technical.levels[1].delayMinutes'],
    ['config/services/0/name', 'services[0].name'],
    ['schedule.layers[0].rotation.participants', 'layers[0].rotation.participants'],
    ['mapping.auditor.groups[0]', 'auditor.groups[0]'],
    ['team.members[2]', 'members[2]'],
    ['', ''],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeFieldPath(input)).toBe(expected);
  });

  it('groups several messages for one field', () => {
    const map = indexFieldErrors([
      { field: 'name', message: 'must not be empty' },
      { field: 'policy.name', message: 'too short' },
      { field: 'rank', message: 'must be at most 1000' },
    ]);
    expect(map.get('name')).toEqual(['must not be empty', 'too short']);
    expect(map.get('rank')).toEqual(['must be at most 1000']);
  });
});
