import type { ScoreBreakdown } from './scoreCandidate.js';

/** What separated the chosen candidate from the runner-up. */
export type DecidedBy = 'only candidate' | 'on shift' | 'score' | 'lower workload' | 'account id';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function describeLoad(choice: ScoreBreakdown): string {
  const open = choice.openIncidents === 0 ? 'no open incidents' : plural(choice.openIncidents, 'open incident', 'open incidents');
  if (choice.pagesLast24h === 0) return open;
  return `${open}, ${plural(choice.pagesLast24h, 'page', 'pages')} in the last 24 hours`;
}

/**
 * One sentence an agent can read on the incident to see why this person was picked.
 *
 * @example
 * explainChoice(ana, bo, 'score')
 * // => 'Chose Ana (score 2.80): on shift, matches skills payments, database; 1 open incident'
 */
export function explainChoice(chosen: ScoreBreakdown, runnerUp: ScoreBreakdown | undefined, decidedBy: DecidedBy): string {
  const shift = chosen.onShift ? 'on shift' : 'off shift';
  const skills = chosen.matchedSkills.length > 0 ? `matches skills ${chosen.matchedSkills.join(', ')}` : 'no matching skills';
  const sentence = `Chose ${chosen.displayName} (score ${chosen.score.toFixed(2)}): ${shift}, ${skills}; ${describeLoad(chosen)}`;
  const nobodyOnShift = chosen.onShift ? '' : 'Nobody is on shift. ';
  // Only a tie needs its own words; otherwise the score above already says why.
  const tie =
    runnerUp && (decidedBy === 'lower workload' || decidedBy === 'account id')
      ? `; tied on score with ${runnerUp.displayName}, chosen by ${decidedBy}`
      : '';
  return `${nobodyOnShift}${sentence}${tie}`;
}
