import { isTemplateVariable, type TemplateVariable } from './templateVariable.js';

/** A piece of template text: literal text written by the admin, or a variable to fill in. */
export type TemplateSegment = { readonly text: string } | { readonly variable: TemplateVariable };

/** A problem at a place in the text; line and column are 1-based, as an editor shows them. */
export interface TemplateTextProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ParsedTemplateText =
  | { readonly ok: true; readonly segments: readonly TemplateSegment[] }
  | { readonly ok: false; readonly problems: readonly TemplateTextProblem[] };

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/**
 * Splits `{{variable}}` text into segments. There is no logic, no sections and no unescaped
 * `{{{triple}}}` form: every value goes through the channel's escaping.
 *
 * @example
 * parseTemplateText('{{key}} is {{priority}}')
 * // => { ok: true, segments: [{ variable: 'key' }, { text: ' is ' }, { variable: 'priority' }] }
 * parseTemplateText('Hi {{ownr}}')
 * // => { ok: false, problems: [{ line: 1, column: 4, message: 'unknown variable {{ownr}}' }] }
 */
export function parseTemplateText(text: string): ParsedTemplateText {
  const segments: TemplateSegment[] = [];
  const problems: TemplateTextProblem[] = [];
  const problem = (offset: number, message: string): void => {
    problems.push({ ...positionOf(text, offset), message });
  };
  const pushText = (literal: string, offset: number): void => {
    // A lone `}}` is almost always a mistyped `{{name}}`; refuse it rather than print it.
    const stray = literal.indexOf('}}');
    if (stray >= 0) problem(offset + stray, 'unexpected "}}" without a matching "{{"');
    if (literal) segments.push({ text: literal });
  };
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('{{', cursor);
    if (open < 0) {
      pushText(text.slice(cursor), cursor);
      break;
    }
    pushText(text.slice(cursor, open), cursor);
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      problem(open, 'unclosed "{{"');
      cursor = open + 2;
      continue;
    }
    const name = text.slice(open + 2, close).trim();
    if (!/^[A-Za-z]+(\.[A-Za-z]+)?$/.test(name)) problem(open, `malformed placeholder "${text.slice(open, close + 2)}"`);
    else if (!isTemplateVariable(name)) problem(open, `unknown variable {{${name}}}`);
    else segments.push({ variable: name });
    cursor = close + 2;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, segments };
}
