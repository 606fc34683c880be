import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { EmptyState } from './EmptyState.js';
import { FieldMessages } from './FieldMessages.js';
import { stack } from './styles.js';

/** Items of an array field with Remove per item and one Add button; errors on the array itself show on top. */
export function ListEditor<T>({ path, items, itemLabel, render, onAdd, onRemove, addLabel, emptyText, testId }: {
  path: string;
  items: readonly T[];
  itemLabel: (item: T, index: number) => string;
  render: (item: T, index: number) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  addLabel: string;
  emptyText: string;
  testId: string;
}) {
  return (
    <div style={stack} data-testid={testId}>
      <FieldMessages path={path} />
      {items.length === 0 && <EmptyState>{emptyText}</EmptyState>}
      {items.map((item, i) => (
        <fieldset key={i} data-testid={`${testId}-item`}
          style={{ border: `1px solid ${token('color.border')}`, borderRadius: token('radius.small'), padding: token('space.100'), margin: 0 }}>
          <legend style={{ padding: `0 ${token('space.050')}` }}>{itemLabel(item, i)}</legend>
          <FieldMessages path={`${path}[${i}]`} />
          {render(item, i)}
          <Button appearance="subtle" spacing="compact" onClick={() => onRemove(i)} testId={`${testId}-remove-${i}`}
            aria-label={`Remove ${itemLabel(item, i)}`}>
            Remove
          </Button>
        </fieldset>
      ))}
      <div><Button onClick={onAdd} testId={`${testId}-add`}>{addLabel}</Button></div>
    </div>
  );
}
