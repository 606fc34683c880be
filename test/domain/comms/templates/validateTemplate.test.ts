import { validateTemplate } from '../../../../src/domain/comms/templates/validateTemplate.js';
import { aTemplate } from './templateBuilders.js';

describe('validateTemplate', () => {
  it('accepts a template whose placeholders are all known, spaces inside braces included', () => {
    const result = validateTemplate(aTemplate({ body: '{{ key }} {{summary}}\n{{bridgeUrl}} {{bridgeDialIn}}' }));
    expect(result).toEqual({ ok: true, value: aTemplate({ body: '{{ key }} {{summary}}\n{{bridgeUrl}} {{bridgeDialIn}}' }) });
  });

  it('accepts the name variables', () => {
    expect(validateTemplate(aTemplate({ body: 'Owner {{owner.name}}, service owner {{ serviceOwner.name }}' })).ok).toBe(true);
  });

  test.each([
    ['an unknown variable', 'Owner {{ownr}}', 'unknown variable {{ownr}} at line 1, column 7'],
    ['an unknown variable on a later line', 'Hello\n  {{sla}}', 'unknown variable {{sla}} at line 2, column 3'],
    ['an unclosed placeholder', 'Owner {{owner', 'unclosed "{{" at line 1, column 7'],
    ['a placeholder opened twice', '{{key {{owner}}', 'unclosed "{{" at line 1, column 1'],
    ['an empty placeholder', 'x {{}} y', 'malformed placeholder "{{}}" at line 1, column 3'],
    ['the triple-brace unescaped form', '{{{summary}}}', 'malformed placeholder "{{{summary}}" at line 1, column 1'],
    ['logic such as a section', '{{#owner}}x', 'malformed placeholder "{{#owner}}" at line 1, column 1'],
    ['a placeholder after leading spaces, counted as typed', '  {{x}}', 'unknown variable {{x}} at line 1, column 3'],
    ['an unknown name variable', 'Owner {{owner.email}}', 'unknown variable {{owner.email}} at line 1, column 7'],
    ['a name path deeper than one dot', '{{owner.name.first}}', 'malformed placeholder "{{owner.name.first}}" at line 1, column 1'],
    ['a stray closing pair', 'Key {key}}', 'unexpected "}}" without a matching "{{" at line 1, column 9'],
  ])('refuses %s in the body, naming the field and position', (_case, body, message) => {
    expect(validateTemplate(aTemplate({ body }))).toEqual({ ok: false, errors: [{ field: 'body', message }] });
  });

  it('reports problems in the subject and the body together', () => {
    const result = validateTemplate(aTemplate({ subject: '{{prio}}', body: 'a {{x}}' }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'subject', message: 'unknown variable {{prio}} at line 1, column 1' },
        { field: 'body', message: 'unknown variable {{x}} at line 1, column 3' },
      ],
    });
  });

  test.each([
    ['email without a subject', { channel: 'email', subject: undefined }, 'subject', 'is required for email'],
    ['SMS with a subject', { channel: 'sms', subject: 'Hi' }, 'subject', 'is not used by sms; remove it'],
    ['a public comment with a subject', { channel: 'jsmPublicComment', subject: 'Hi' }, 'subject', 'is not used by jsmPublicComment; remove it'],
    ['an id with capitals', { id: 'Responders' }, 'id', 'must be lowercase letters, digits and dashes (at most 64)'],
    ['a version of 0', { version: 0 }, 'version', 'Number must be greater than or equal to 1'],
    ['an empty body', { body: '   ' }, 'body', 'must not be empty'],
  ])('refuses %s', (_case, overrides, path, message) => {
    const input: Record<string, unknown> = { ...aTemplate(), ...overrides };
    if (input['subject'] === undefined) delete input['subject'];
    expect(validateTemplate(input)).toEqual({ ok: false, errors: [{ field: path, message }] });
  });

  it('refuses an unknown audience and an unknown field', () => {
    const result = validateTemplate({ ...aTemplate(), audience: 'press', colour: 'red' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['audience', '']);
  });
});
