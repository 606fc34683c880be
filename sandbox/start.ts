/**
 * `npm start`: the local sandbox — an emulated Jira Service Management site and Forge platform
 * running this app, with a Jira-like shell, on http://127.0.0.1:8080 (PORT overrides), seeded with
 * the showcase demo (on-call rotations, P1 paged at once on several channels with the bridge).
 *
 *   npm start                  resume the saved state (seeded on first start)
 *   npm start -- --reset       delete the state and seed again
 *   npm start -- --speed 60    virtual time at 60× (one virtual minute per real second)
 *   PORT=9000 npm start        another port (0 picks a free one)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startSandbox } from './server/startSandbox.js';
import { ensureUiBuilt } from './server/uiBuild.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// SANDBOX_STATE_DIR lets a benchmark or a second sandbox use other files than the default.
const stateDir = process.env.SANDBOX_STATE_DIR ?? join(root, '.sandbox', 'state');

const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, speed: { type: 'string', default: '1' } } });
const speed = Number(values.speed);
const port = Number(process.env.PORT ?? 8080);
if (!Number.isFinite(speed) || speed < 0) throw new Error(`--speed must be a number >= 0, not "${values.speed}"`);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);

const log = (line: string) => console.log(`[sandbox] ${line}`);
if (values.reset) {
  rmSync(stateDir, { recursive: true, force: true });
  log('state deleted; seeding again');
}
ensureUiBuilt(root, log);

const running = await startSandbox({ root, port, speed, stateDir, demo: 'showcase' }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is already in use (another sandbox?). Stop it, or start on another port: PORT=${port + 1} npm start`);
  process.exit(1);
});
console.log(`Sandbox ready at ${running.url}`);
log(`virtual time ${new Date(running.sandbox.clock.now()).toISOString()} at ${speed}×; sign in to /rest with a demo email and the API token "sandbox" (GET /__sandbox/users)`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: closing the databases...`);
  await running.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
