import { useFieldErrors } from './FieldErrorsContext.js';
import { errorText } from './styles.js';

/** Messages about a whole item or list (e.g. "services[2]": duplicate name) that no single input owns. */
export function FieldMessages({ path }: { path: string }) {
  const errors = useFieldErrors(path);
  if (errors.length === 0) return null;
  return <span style={errorText} role="alert" data-testid={`error-${path}`}>{errors.join('; ')}</span>;
}
