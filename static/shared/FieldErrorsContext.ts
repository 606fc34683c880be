import { createContext, useContext } from 'react';

/** Validation messages by field path, provided by an editor and read by each Field inside it. */
export const FieldErrorsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

export function useFieldErrors(path: string): string[] {
  return useContext(FieldErrorsContext).get(path) ?? [];
}
