import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox, type SandboxOptions } from './createSandbox.js';
import { sendJson } from './httpKit.js';
import { sandboxHandler } from './sandboxHandler.js';
import { buildShellAssets } from './shellAssets.js';

export interface RunningSandbox {
  url: string;
  port: number;
  sandbox: Sandbox;
  /** Stops accepting requests, then closes the runtime and the databases. */
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 first (`port` 0 picks a free one), so webtrigger URLs know their real
 * port, then builds the sandbox. Until it is ready every request gets 503. Resolves once ready.
 */
export async function startSandbox(options: Omit<SandboxOptions, 'origin'> & { port: number }): Promise<RunningSandbox> {
  let handler = (_req: IncomingMessage, res: ServerResponse): void => sendJson(res, 503, { status: 'starting' });
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let sandbox: Sandbox;
  try {
    const [assets, created] = await Promise.all([buildShellAssets(options.root), createSandbox({ ...options, origin: url })]);
    sandbox = created;
    handler = sandboxHandler(sandbox, options.root, assets);
  } catch (error) {
    server.close();
    throw error;
  }
  let closed = false;
  return {
    url,
    port,
    sandbox,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sandbox.close();
    },
  };
}
