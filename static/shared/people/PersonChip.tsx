import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { PersonDto } from '../../../src/contracts/people.js';

const initials = (name: string) => name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]?.toUpperCase()).join('');

/** The person's Jira avatar, or their initials where the image cannot be shown. */
export function Avatar({ person, size = 24 }: { person: Pick<PersonDto, 'displayName' | 'avatarUrl'>; size?: number }) {
  const [failed, setFailed] = useState(false);
  const box = { width: size, height: size, borderRadius: '50%', flex: 'none' as const };
  if (person.avatarUrl && !failed) return <img src={person.avatarUrl} alt="" style={box} onError={() => setFailed(true)} />;
  return (
    <span aria-hidden="true" style={{ ...box, display: 'inline-flex', alignItems: 'center', justifyContent: 'center', fontSize: size * 0.42,
      background: token('color.background.accent.blue.subtler'), color: token('color.text') }}>{initials(person.displayName) || '?'}</span>
  );
}

/** A chosen person or group: name first, the stored id only for people Jira does not know. */
export function PersonChip({ label, person, unknown, onRemove, testId }: {
  label: string;
  person?: Pick<PersonDto, 'displayName' | 'avatarUrl'>;
  unknown?: boolean;
  onRemove?: () => void;
  testId: string;
}) {
  return (
    <span data-testid={testId} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, padding: '2px 6px', borderRadius: 12,
      background: unknown ? token('color.background.danger') : token('color.background.neutral'), color: token('color.text') }}>
      {person && <Avatar person={person} size={20} />}
      <span data-chip-label="">{label}</span>
      {onRemove && (
        <button type="button" aria-label={`Remove ${label}`} onClick={onRemove}
          style={{ border: 'none', background: 'none', cursor: 'pointer', color: token('color.text.subtle'), padding: 0 }}>×</button>
      )}
    </span>
  );
}
