import { formatWindows, parseWindows } from '../../static/admin/config/workingWindows.js';
import { parseList } from '../../static/shared/parseList.js';

describe('typed lists', () => {
  it('reads working windows and writes them back the same way', () => {
    const windows = parseWindows('09:00-12:30, 13:30 - 17:00,');
    expect(windows).toEqual([{ start: '09:00', end: '12:30' }, { start: '13:30', end: '17:00' }]);
    expect(formatWindows(windows)).toBe('09:00-12:30, 13:30-17:00');
  });

  it('keeps a malformed window so the validator can name it', () => {
    expect(parseWindows('9am')).toEqual([{ start: '9am', end: '' }]);
  });

  it('splits comma-separated values and drops blanks', () => {
    expect(parseList(' ITOPS, ,OPS ,')).toEqual(['ITOPS', 'OPS']);
  });
});
