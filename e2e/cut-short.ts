// A connection that breaks mid-body, for the fault matrix's "connection reset mid-body": a world
// reply whose Content-Length promises more than its body is sent as headers and that body, and then
// the socket is destroyed, so the browser has a response and its body read fails half-way. Neither
// Playwright's route.fulfill nor Puppeteer's respond can do that (they hold the stream or fix the
// length), so a real TLS server does: Chromium's route sends the request on to it; in Firefox the
// world's proxy (e2e/firefox/proxy.ts) answers that way itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Reply } from './world';

/** True when the reply's Content-Length is larger than its body: the body must break off. */
export function cutShort(reply: Reply): boolean {
  const declared = Number(Object.entries(reply.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-length')?.[1]);
  return Number.isFinite(declared) && declared > Buffer.byteLength(reply.body ?? '');
}

let cutShortAnswers = 0;
/** How many replies this test process has cut short: the fault specs check the break happened. */
export const cutShortCount = () => cutShortAnswers;

/** Writes the reply's headers and body, then breaks the connection instead of finishing it. */
export function answerCutShort(res: ServerResponse, reply: Reply): void {
  cutShortAnswers++;
  res.writeHead(reply.status, { ...(reply.contentType ? { 'content-type': reply.contentType } : {}), ...reply.headers });
  res.write(reply.body ?? '', () => setTimeout(() => res.socket?.destroy(), 20));
}

/** A throwaway self-signed certificate for a local TLS server (the browsers are told to accept it). */
export function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=tandem-e2e'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A local TLS server that answers each registered reply once, cut short. One per test process. */
class CutShortServer {
  private next = 0;
  private constructor(
    private readonly pending: Map<string, Reply>,
    readonly port: number,
  ) {}

  static async start(): Promise<CutShortServer> {
    const pending = new Map<string, Reply>();
    const server: Server = createServer(throwawayCertificate(), (req, res) => {
      const id = (req.url ?? '').slice(1);
      const reply = pending.get(id);
      pending.delete(id);
      if (!reply) return void res.socket?.destroy();
      answerCutShort(res, reply);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    return new CutShortServer(pending, (server.address() as AddressInfo).port);
  }

  /** The address that answers `reply` cut short, once. */
  urlFor(reply: Reply): string {
    const id = String(++this.next);
    this.pending.set(id, reply);
    return `https://127.0.0.1:${this.port}/${id}`;
  }
}

let shared: Promise<CutShortServer> | undefined;
export const cutShortServer = () => (shared ??= CutShortServer.start());
