export interface ChartPoint {
  label: string;
  value: number | null;
}

export interface PlottedPoint {
  x: number;
  y: number;
  label: string;
  value: number;
}

/**
 * Places a daily series in a width × height box (y grows downwards, zero at the bottom).
 * Days without a value break the line instead of pretending it was zero, so the result is a
 * list of runs, each drawn as its own polyline.
 */
export function plotSeries(points: readonly ChartPoint[], width: number, height: number): { runs: PlottedPoint[][]; max: number } {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const max = values.length > 0 ? Math.max(...values) : 0;
  const scaleY = (v: number) => (max === 0 ? height : height - (v / max) * height);
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const runs: PlottedPoint[][] = [];
  let current: PlottedPoint[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length > 0) runs.push(current);
      current = [];
      return;
    }
    current.push({ x: points.length > 1 ? i * step : width / 2, y: scaleY(p.value), label: p.label, value: p.value });
  });
  if (current.length > 0) runs.push(current);
  return { runs, max };
}
