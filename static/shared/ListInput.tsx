import { useEffect, useState } from 'react';
import { Field } from './Field.js';
import { toFieldPath, type PathSegment } from './fieldPath.js';
import { parseList } from './parseList.js';

/**
 * A list of strings typed as comma-separated text. The text is kept as typed (so a trailing
 * comma survives while typing the next item) and only re-derived when the list changes from
 * outside. Errors for individual items ("services[2]") show here too.
 */
export function ListInput({ path, label, value, onChange, placeholder, width }: {
  path: readonly PathSegment[];
  label: string;
  value: readonly string[] | undefined;
  onChange: (value: string[]) => void;
  placeholder?: string;
  width?: number | string;
}) {
  const [text, setText] = useState((value ?? []).join(', '));
  useEffect(() => {
    if (parseList(text).join('\u0000') !== (value ?? []).join('\u0000')) setText((value ?? []).join(', '));
    // Only an outside change of `value` should rewrite the text being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <Field path={toFieldPath(path)} label={label} nested width={width}>
      {(c) => (
        <input {...c} type="text" value={text} placeholder={placeholder ?? 'comma-separated'}
          onChange={(e) => { setText(e.target.value); onChange(parseList(e.target.value)); }} />
      )}
    </Field>
  );
}
