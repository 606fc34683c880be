import { Field } from './Field.js';
import { toFieldPath, type PathSegment } from './fieldPath.js';

/** A native select (keyboard and screen-reader friendly for free); '' is offered as "none" when optional. */
export function SelectInput<T extends string>({ path, label, value, options, onChange, optional = false, width }: {
  path: readonly PathSegment[];
  label: string;
  value: T | null | undefined;
  options: readonly T[] | readonly { value: T; label: string }[];
  onChange: (value: T | undefined) => void;
  optional?: boolean;
  width?: number | string;
}) {
  const list = options.map((o) => (typeof o === 'string' ? { value: o, label: o } : o));
  return (
    <Field path={toFieldPath(path)} label={label} width={width}>
      {(c) => (
        <select {...c} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : (e.target.value as T))}>
          {(optional || value === undefined || value === null) && <option value="">{optional ? '(none)' : 'Choose…'}</option>}
          {list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}
