import { createContext, useContext } from 'react';

/** Validation messages by field path, provided by an editor and read by each Field inside it. */
export const FieldErrorsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

/**
 * Messages for `path`; with `nested`, also those for anything inside it, for controls that edit
 * a whole sub-object at once (a list typed as text, a week of working hours).
 */
export function useFieldErrors(path: string, nested = false): string[] {
  const errors = useContext(FieldErrorsContext);
  if (!nested) return errors.get(path) ?? [];
  const out: string[] = [];
  for (const [key, messages] of errors) {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) out.push(...messages);
  }
  return out;
}
