import { token } from '@atlaskit/tokens';
import type { TrendPoint } from '../../../src/contracts/drills.js';
import { heading, subtle } from '../../shared/styles.js';

const W = 560;
const H = 160;
const PAD = 24;

/** MTTA and MTTR of ended drills over time, as two lines (drills only, never production). */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const max = Math.max(1, ...points.flatMap((p) => [p.mttaMinutes ?? 0, p.mttrMinutes ?? 0]));
  const x = (i: number) => PAD + (points.length <= 1 ? 0 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (v: number) => H - PAD - (v * (H - 2 * PAD)) / max;
  const line = (pick: (p: TrendPoint) => number | null) => points.flatMap((p, i) => { const v = pick(p); return v === null ? [] : [`${x(i)},${y(v)}`]; }).join(' ');
  return (
    <section aria-labelledby="drill-trend">
      <h2 id="drill-trend" style={heading}>Drill MTTA and MTTR trend</h2>
      {points.length === 0 ? <p style={subtle}>No ended drill yet.</p> : (
        <svg width={W} height={H} role="img" aria-label={`MTTA and MTTR of ${points.length} drills, up to ${max} minutes`} data-testid="trend-chart">
          <line x1={PAD} y1={H - PAD} x2={W - PAD} y2={H - PAD} stroke={token('color.border')} />
          <polyline points={line((p) => p.mttaMinutes)} fill="none" stroke={token('color.chart.blue.bold')} strokeWidth={2} />
          <polyline points={line((p) => p.mttrMinutes)} fill="none" stroke={token('color.chart.orange.bold')} strokeWidth={2} />
          <text x={PAD} y={14} fontSize={11} fill={token('color.text.subtle')}>{max} min — blue MTTA, orange MTTR</text>
        </svg>
      )}
    </section>
  );
}
