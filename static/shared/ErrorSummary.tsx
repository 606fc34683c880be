import { useEffect, useRef } from 'react';
import SectionMessage from '@atlaskit/section-message';

/**
 * Every validation message in one place, each with the field it concerns, because some
 * fields (a level further down, or a path no input edits) may be out of sight.
 */
export function ErrorSummary({ errors, title = 'Fix these before saving' }: { errors: ReadonlyMap<string, string[]>; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Bring keyboard and screen-reader users to the problems when a check or save finds some.
  useEffect(() => { if (errors.size > 0) ref.current?.focus(); }, [errors]);
  if (errors.size === 0) return null;
  return (
    <div data-testid="validation-summary" role="alert" tabIndex={-1} ref={ref}>
      <SectionMessage appearance="error" title={title}>
        <ul>
          {[...errors].map(([field, messages]) => (
            <li key={field} data-testid="validation-message" data-field={field}>
              {field ? <a href={`#field-${field}`} onClick={(e) => { e.preventDefault(); document.getElementById(`field-${field}`)?.focus(); }}>
                <code>{field}</code></a> : 'Policy'}: {messages.join('; ')}
            </li>
          ))}
        </ul>
      </SectionMessage>
    </div>
  );
}
