import type { TrendPoint } from '../../src/contracts/dashboard.js';
import { heading, row } from '../shared/styles.js';
import { TrendChart } from './TrendChart.js';

export function TrendCharts({ trend }: { trend: TrendPoint[] }) {
  const label = (day: string) => day.slice(5);
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading" style={heading}>Trends</h2>
      <div style={{ ...row, alignItems: 'flex-start' }}>
        <TrendChart title="Mean time to acknowledge (MTTA)" colour="color.chart.blue.bold" testId="mtta-chart"
          points={trend.map((t) => ({ label: label(t.day), value: t.mttaMinutes }))} />
        <TrendChart title="Mean time to resolve (MTTR)" colour="color.chart.purple.bold" testId="mttr-chart"
          points={trend.map((t) => ({ label: label(t.day), value: t.mttrMinutes }))} />
      </div>
    </section>
  );
}
