import { token } from '@atlaskit/tokens';
import type { AdherenceFigureDto } from '../../../src/contracts/governance.js';
import { heading, subtle } from '../../shared/styles.js';

/** Adherence per group as horizontal bars with the figures beside them (the numbers are the accessible text). */
export function AdherenceBars({ title, figures, label = (k) => k }: { title: string; figures: Record<string, AdherenceFigureDto>; label?: (key: string) => string }) {
  const rows = Object.entries(figures).filter(([, f]) => f.checks > 0);
  if (rows.length === 0) return null;
  return (
    <figure style={{ margin: 0 }} aria-label={`Adherence ${title.toLowerCase()}`}>
      <figcaption style={heading}>{title}</figcaption>
      {rows.map(([name, f]) => (
        <div key={name} style={{ display: 'grid', gridTemplateColumns: 'minmax(6rem, 12rem) 1fr auto', gap: token('space.100'), alignItems: 'center' }}>
          <span>{label(name)}</span>
          <span aria-hidden style={{ background: token('color.background.neutral'), height: 10, borderRadius: 4 }}>
            <span style={{ display: 'block', width: `${f.adherencePercent ?? 0}%`, height: 10, borderRadius: 4,
              background: (f.adherencePercent ?? 0) >= 95 ? token('color.background.success.bold') : token('color.background.warning.bold') }} />
          </span>
          <span style={subtle}>{f.adherencePercent}% ({f.metChecks}/{f.checks})</span>
        </div>
      ))}
    </figure>
  );
}
