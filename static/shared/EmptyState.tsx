import type { ReactNode } from 'react';
import { subtle } from './styles.js';

export function EmptyState({ children, testId = 'empty-state' }: { children: ReactNode; testId?: string }) {
  return <p style={{ ...subtle, fontStyle: 'italic' }} data-testid={testId}>{children}</p>;
}
