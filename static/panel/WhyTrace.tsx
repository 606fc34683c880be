import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { EmptyState } from '../shared/EmptyState.js';

/** The engine's reasoning, folded away by default because responders want the status first. */
export function WhyTrace({ trace }: { trace: string[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section>
      <Button appearance="subtle" onClick={() => setOpen(!open)} aria-expanded={open} aria-controls={id} testId="why-toggle">
        {open ? 'Hide why' : 'Why?'}
      </Button>
      <div id={id} hidden={!open} data-testid="why-trace">
        {trace.length === 0 ? (
          <EmptyState>The engine gave no reasons for this issue.</EmptyState>
        ) : (
          <ol>{trace.map((line, i) => <li key={i} data-testid="why-line">{line}</li>)}</ol>
        )}
      </div>
    </section>
  );
}
