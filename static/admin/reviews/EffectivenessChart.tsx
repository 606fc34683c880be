import { token } from '@atlaskit/tokens';
import type { LevelEffectiveness } from '../../../src/contracts/pathRollup.js';

const BAR_H = 22;
const GAP = 10;
const LABEL_W = 190;
const WIDTH = 640;

const minutes = (ms: number | null) => (ms === null ? '—' : `${(ms / 60_000).toFixed(1)} min`);
export const levelName = (l: LevelEffectiveness) => `${l.policyId} · ${l.path} L${l.level}`;

/**
 * The per-level funnel: each bar is a level's pages, its darker part the share it acknowledged.
 * Hovering a bar shows its numbers; the table below carries them for keyboard and screen-reader users.
 */
export function EffectivenessChart({ levels }: { levels: LevelEffectiveness[] }) {
  const maxPaged = Math.max(1, ...levels.map((l) => l.paged));
  const barMax = WIDTH - LABEL_W - 10;
  const height = levels.length * (BAR_H + GAP) + GAP;
  return (
    <svg role="img" aria-label="Pages and acknowledgements per level" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} data-testid="effectiveness-chart">
      {levels.map((l, i) => {
        const y = GAP + i * (BAR_H + GAP);
        const paged = (l.paged / maxPaged) * barMax;
        const acked = (l.acked / maxPaged) * barMax;
        const words = `${levelName(l)}: ${l.paged} paged, ${l.acked} acknowledged (${Math.round(l.shareAcked * 100)}%), mean time to ack ${minutes(l.meanTimeToAckMs)}, ${l.wastedPages} wasted pages, ${l.timeoutEscalations} by timeout, ${l.manualEscalations} by hand`;
        return (
          <g key={levelName(l)} data-testid="effectiveness-bar" data-level={levelName(l)} data-share={l.shareAcked.toFixed(3)}>
            <title>{words}</title>
            <text x={0} y={y + BAR_H * 0.7} fill={token('color.text')} fontSize={12}>{levelName(l)}</text>
            <rect x={LABEL_W} y={y} width={paged} height={BAR_H} fill={token('color.background.accent.blue.subtle')} />
            <rect x={LABEL_W} y={y} width={acked} height={BAR_H} fill={token('color.background.accent.blue.bolder')} />
          </g>
        );
      })}
    </svg>
  );
}
