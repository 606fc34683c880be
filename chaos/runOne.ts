import { fileURLToPath } from 'node:url';
import { judge } from './oracle.js';
import { runScenario } from './runScenario.js';
import { scenario } from './scenario.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = Number(process.argv[2] ?? 1);
const s = scenario(seed);
const t0 = Date.now();
const o = await runScenario(s, root);
console.log(JSON.stringify({ ms: Date.now() - t0, faults: s.faults.map((f) => f.label), tampers: s.tampers, acks: s.acks.length, incidents: o.incidents.map((i) => [i.key, i.origin, i.appState?.status, [...i.pages.values()].length]), injected: o.faultsInjected }, null, 0));
console.log(judge(o));
