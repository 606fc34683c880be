import { Field } from './Field.js';
import { toFieldPath, type PathSegment } from './fieldPath.js';

/**
 * A number field. An empty box is undefined rather than 0, so the validator can say the value is
 * missing instead of silently saving a zero delay.
 */
export function NumberInput({ path, label, value, onChange, min, max, step, width = 120 }: {
  path: readonly PathSegment[];
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  width?: number | string;
}) {
  return (
    <Field path={toFieldPath(path)} label={label} width={width}>
      {(c) => (
        <input {...c} type="number" inputMode="decimal" min={min} max={max} step={step} value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} />
      )}
    </Field>
  );
}
