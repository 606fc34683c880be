import type { CSSProperties, ReactNode } from 'react';
import { useFieldErrors } from './FieldErrorsContext.js';
import { errorText, input, invalidInput, label as labelStyle } from './styles.js';

/** What a Field hands its control so label, error and test id all line up with the path. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  style: CSSProperties;
  'data-testid': string;
}

/**
 * A labelled control whose validation messages are looked up by its field path, the same path
 * the resolvers name in `fields[].field` (e.g. "paths.technical.levels[1].delayMinutes").
 */
export function Field({ path, label, extraErrors = [], width, nested = false, children }: {
  path: string;
  label: string;
  extraErrors?: string[];
  width?: CSSProperties['width'];
  /** Also show messages for fields inside this path. */
  nested?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const errors = [...useFieldErrors(path, nested), ...extraErrors];
  const id = `field-${path}`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 2, width }}>
      <label htmlFor={id} style={labelStyle}>{label}</label>
      {children({
        id,
        'aria-invalid': invalid,
        'aria-describedby': invalid ? errorId : undefined,
        style: invalid ? invalidInput : input,
        'data-testid': id,
      })}
      {invalid && (
        <span id={errorId} style={errorText} data-testid={`error-${path}`} role="alert">
          {errors.join('; ')}
        </span>
      )}
    </div>
  );
}
