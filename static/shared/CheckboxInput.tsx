import { toFieldPath, type PathSegment } from './fieldPath.js';
import { useFieldErrors } from './FieldErrorsContext.js';
import { errorText } from './styles.js';

export function CheckboxInput({ path, label, checked, onChange }: {
  path: readonly PathSegment[];
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const key = toFieldPath(path);
  const errors = useFieldErrors(key);
  return (
    <div>
      <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={`field-${key}`} />
        {label}
      </label>
      {errors.length > 0 && <span style={errorText} data-testid={`error-${key}`} role="alert">{errors.join('; ')}</span>}
    </div>
  );
}
