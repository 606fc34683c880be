/**
 * `npm run drill`: starts a fire drill through the app's resolvers, follows it to its end and
 * prints the hop table. Without --site it starts a sandbox of its own (in memory, time still,
 * moved by this script); with --site it drills a running sandbox (`npm start`). A Jira site
 * is refused before anything changes: see followDrill for why.
 * Exit code 0 when every hop met its threshold, 1 when one did not (or nobody acknowledged),
 * 2 for bad options or a site that cannot be drilled.
 *
 *   npm run drill                                  the sandbox's first programme, level 1 silent, level 2 answers after 4 min
 *   npm run drill -- --respond 1:20                level 1 answers after 20 min (past a 15 min timeout: exit 1)
 *   npm run drill -- --policy default --scenario s.yaml
 *   npm run drill -- --site http://127.0.0.1:8080 --email adam.admin@example.test --token sandbox
 */
import { fileURLToPath } from 'node:url';
import { startSandbox } from '../sandbox/server/startSandbox.js';
import { DRILL_USAGE, parseDrillArgs } from './drill/drillArgs.js';
import { followDrill, NotDrillable } from './drill/followDrill.js';
import { drillExitCode, hopTable } from './drill/hopTable.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const parsed = parseDrillArgs(argv);
  if (!parsed.ok) {
    for (const e of parsed.errors) console.error(e);
    console.error(DRILL_USAGE);
    return 2;
  }
  const { args } = parsed;
  // The seeded programme tells level 1 not to answer, so by default level 2 does, within its timeout.
  const respond = args.respond.size > 0 || args.site !== null ? args.respond : new Map([[2, 4]]);
  const own = args.site === null ? await startSandbox({ root, port: 0, speed: 0 }) : null;
  try {
    const site = own?.url ?? args.site!;
    if (own) console.log(`sandbox started at ${site} (in memory; it stops with this command)`);
    const result = await followDrill({ ...args, site, respond, log: (line) => console.log(line) });
    console.log(`\n${result.issue.key} "${result.issue.summary}" — ${result.issue.status}, labels ${result.issue.labels.join(', ')}\n`);
    for (const line of hopTable(result.report, result.names)) console.log(line);
    return drillExitCode(result.report);
  } catch (e) {
    if (e instanceof NotDrillable) {
      console.error(e.message);
      return 2;
    }
    throw e;
  } finally {
    await own?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
