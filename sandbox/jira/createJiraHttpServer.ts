import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { JiraSite } from './createJiraSite.js';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** A plain node:http front for the site: Basic auth decides the actor. The caller listens and closes. */
export function createJiraHttpServer(site: JiraSite): Server {
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sandbox.local');
      const query: Record<string, string[]> = {};
      for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
      const body = await readBody(req);
      const answer = await site.handle({
        method: req.method ?? 'GET',
        path: url.pathname,
        query,
        headers: flatHeaders(req),
        ...(body.length > 0 ? { body } : {}),
      });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errorMessages: [String(error)], errors: {} }));
    });
  });
}
