import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { DrillScenarioSchema, type DrillScenario } from '../../src/contracts/drills.js';

/** What `npm run drill` was asked to do, every option checked. */
export interface DrillArgs {
  /** A running site to drill; null starts a sandbox of our own. */
  site: string | null;
  email: string;
  token: string;
  programme: string | null;
  policy: string | null;
  scenario: DrillScenario | null;
  /** Level → minutes after its page when the CLI acknowledges as the paged person (sandbox only). */
  respond: Map<number, number>;
  /** Virtual minutes the clock moves per step, and the most it moves in all. */
  stepMinutes: number;
}

export type ParsedDrillArgs = { ok: true; args: DrillArgs } | { ok: false; errors: string[] };

export const DRILL_USAGE = `usage: npm run drill -- [--site <url> --email <e> --token <t>] [--programme <id> | --policy <id>] [--scenario <file.json|yaml>]
                        [--respond <level>:<minutes> ...] [--step <minutes>]
Without --site a sandbox of its own is started (in memory, time standing still) and the drill runs there.`;

const positiveInt = (v: string) => (/^\d+$/.test(v) && Number(v) > 0 ? Number(v) : null);

/** Parses the command line; every problem is named by its option, all of them at once. */
export function parseDrillArgs(argv: string[]): ParsedDrillArgs {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        site: { type: 'string' }, email: { type: 'string' }, token: { type: 'string' },
        programme: { type: 'string' }, policy: { type: 'string' }, scenario: { type: 'string' },
        respond: { type: 'string', multiple: true }, step: { type: 'string' },
      },
    }));
  } catch (e) {
    return { ok: false, errors: [(e as Error).message] };
  }
  const errors: string[] = [];
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : null);
  const site = str('site');
  if (site !== null && !/^https?:\/\/[^\s/]+/.test(site)) errors.push(`--site: "${site}" is not an http(s) URL`);
  // The sandbox's demo admin and its API token, unless a site is named (then both are required).
  const email = str('email') ?? (site === null ? 'adam.admin@example.test' : null);
  const token = str('token') ?? (site === null ? 'sandbox' : null);
  if (email === null) errors.push('--email: required with --site (the Atlassian account the drill runs as)');
  if (token === null) errors.push('--token: required with --site (an API token of that account)');
  const programme = str('programme');
  const policy = str('policy');
  if (programme !== null && policy !== null) errors.push('--programme and --policy: give one, not both');
  let scenario: DrillScenario | null = null;
  const file = str('scenario');
  if (file !== null) {
    if (policy === null) errors.push('--scenario: needs --policy (a programme brings its own scenario)');
    let raw: unknown;
    try {
      raw = load(readFileSync(file, 'utf8'));
    } catch (e) {
      errors.push(`--scenario: cannot read ${file}: ${(e as Error).message.split('\n')[0]}`);
    }
    if (raw !== undefined) {
      const parsed = DrillScenarioSchema.safeParse(raw);
      if (parsed.success) scenario = parsed.data;
      else for (const i of parsed.error.issues) errors.push(`--scenario: ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
  }
  const respond = new Map<number, number>();
  for (const r of (values.respond as string[] | undefined) ?? []) {
    const m = /^(\d+):(\d+)$/.exec(r);
    const level = m ? positiveInt(m[1]!) : null;
    if (!m || level === null) errors.push(`--respond: "${r}" must be <level>:<minutes>, e.g. 2:4`);
    else respond.set(level, Number(m[2]));
  }
  const stepRaw = str('step') ?? '1';
  const stepMinutes = positiveInt(stepRaw);
  if (stepMinutes === null || stepMinutes > 60) errors.push(`--step: "${stepRaw}" must be whole minutes from 1 to 60`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, args: { site, email: email!, token: token!, programme, policy, scenario, respond, stepMinutes: stepMinutes! } };
}
