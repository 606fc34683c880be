import { Field } from './Field.js';
import { toFieldPath, type PathSegment } from './fieldPath.js';

/** A text field bound to a field path. Optional fields become undefined when emptied. */
export function TextInput({ path, label, value, onChange, optional = false, disabled, multiline = false, width, placeholder }: {
  path: readonly PathSegment[];
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  optional?: boolean;
  disabled?: boolean;
  multiline?: boolean;
  width?: number | string;
  placeholder?: string;
}) {
  const set = (v: string) => onChange(optional && v === '' ? undefined : v);
  return (
    <Field path={toFieldPath(path)} label={label} width={width}>
      {(c) => multiline
        ? <textarea {...c} rows={3} value={value ?? ''} disabled={disabled} placeholder={placeholder} onChange={(e) => set(e.target.value)} />
        : <input {...c} type="text" value={value ?? ''} disabled={disabled} placeholder={placeholder} onChange={(e) => set(e.target.value)} />}
    </Field>
  );
}
