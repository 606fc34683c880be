import { fileURLToPath } from 'node:url';
import { judge } from './oracle.js';
import { runScenario } from './runScenario.js';
import { scenario } from './scenario.js';

// One child process per worker: the sandbox installs process-wide Forge globals, so scenarios
// in one process run one after another; parallelism comes from processes.
const root = fileURLToPath(new URL('..', import.meta.url));
const [from, to, tamper] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4] !== 'no-tamper'];
for (let seed = from; seed < to; seed++) {
  try {
    const s = scenario(seed, { tamper });
    const o = await runScenario(s, root);
    process.stdout.write(`${JSON.stringify({ ...judge(o), faults: s.faults.map((f) => f.label), injected: o.faultsInjected })}\n`);
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ seed, crashed: e instanceof Error ? e.stack ?? e.message : String(e) })}\n`);
  }
}
