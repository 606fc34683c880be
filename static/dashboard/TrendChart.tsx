import { token } from '@atlaskit/tokens';
import { EmptyState } from '../shared/EmptyState.js';
import { subtle } from '../shared/styles.js';
import { plotSeries, type ChartPoint } from './chartGeometry.js';

const W = 320;
const H = 100;
const PAD = 24;

/** A small line chart in plain SVG: one series, minutes per day, no chart library. */
export function TrendChart({ title, points, colour, testId, unit = 'minutes, per day' }: {
  title: string;
  /** What the values and the x axis are, under the chart. */
  unit?: string;
  points: ChartPoint[];
  colour: Parameters<typeof token>[0];
  testId: string;
}) {
  const { runs, max } = plotSeries(points, W, H);
  const summary = points.filter((p) => p.value !== null).map((p) => `${p.label}: ${Math.round(p.value ?? 0)} min`).join(', ');
  return (
    <figure style={{ margin: 0, flex: '1 1 320px' }} data-testid={testId}>
      <figcaption style={{ fontWeight: 600 }}>{title}</figcaption>
      {runs.length === 0 ? (
        <EmptyState>No data for this time.</EmptyState>
      ) : (
        <svg viewBox={`${-PAD} -8 ${W + PAD + 8} ${H + PAD + 8}`} width="100%" role="img" aria-label={`${title}. ${summary}`}>
          <line x1={0} y1={H} x2={W} y2={H} stroke={token('color.border')} />
          <line x1={0} y1={0} x2={0} y2={H} stroke={token('color.border')} />
          <text x={-4} y={8} textAnchor="end" fontSize={10} fill={token('color.text.subtlest')}>{Math.round(max)}</text>
          <text x={-4} y={H} textAnchor="end" fontSize={10} fill={token('color.text.subtlest')}>0</text>
          <text x={0} y={H + 16} fontSize={10} fill={token('color.text.subtlest')}>{points[0]?.label}</text>
          <text x={W} y={H + 16} textAnchor="end" fontSize={10} fill={token('color.text.subtlest')}>{points[points.length - 1]?.label}</text>
          {runs.map((run, i) => (
            <polyline key={i} fill="none" stroke={token(colour)} strokeWidth={2}
              points={run.map((p) => `${p.x},${p.y}`).join(' ')} />
          ))}
          {runs.flat().map((p) => (
            <circle key={p.label} cx={p.x} cy={p.y} r={3} fill={token(colour)} data-testid={`${testId}-point`}>
              <title>{`${p.label}: ${Math.round(p.value)} min`}</title>
            </circle>
          ))}
        </svg>
      )}
      <span style={{ ...subtle, fontSize: '0.85em' }}>{unit}</span>
    </figure>
  );
}
