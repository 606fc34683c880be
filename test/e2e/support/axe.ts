import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Frame } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail the suite; minor and moderate ones are left to review. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Runs axe-core inside one Custom UI frame and returns its serious and critical violations,
 * one line each with the offending elements, so a failure reads as a to-do list. The frame is
 * cross-origin to the shell, so axe is evaluated in it directly rather than through the shell.
 */
export async function blockingViolations(frame: Frame): Promise<string[]> {
  // Audit the settled page: a modal fading in has its button at partial opacity, which axe reads
  // as low contrast (seen once on the escalate dialog when the machine was loaded).
  await frame.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  await frame.evaluate(axeSource);
  const audit = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return {
      rulesRun: results.passes.length + results.violations.length + results.incomplete.length,
      found: results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
    };
  });
  // An empty or blank frame would "pass" every rule by having nothing to check.
  if (audit.rulesRun === 0) throw new Error('axe-core ran no rule in the frame: is it empty?');
  return audit.found
    .filter((v) => v.impact !== null && BLOCKING.includes(v.impact))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 5).join(', ')}${v.targets.length > 5 ? ` and ${v.targets.length - 5} more` : ''}`);
}
