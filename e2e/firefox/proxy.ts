// Requests Puppeteer can't intercept in Firefox (the background page's: it is no tab BiDi sees) reach
// the world through this local HTTPS proxy instead. Firefox is told to use it for https and to accept
// its throwaway certificate (acceptInsecureCerts); tabs' requests are still answered by interception.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { answerCutShort, cutShort, throwawayCertificate } from '../cut-short';
import { RESET, type World } from '../world';

export interface WorldProxy {
  port: number;
  close(): Promise<void>;
}

export async function startWorldProxy(world: World): Promise<WorldProxy> {
  const tls = createHttpsServer(throwawayCertificate(), (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = `https://${req.headers.host}${req.url}`;
      if (!world.serves(new URL(url))) return void res.socket?.destroy();
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      void world.answer({ method: req.method ?? 'GET', url, headers, postData: chunks.length ? Buffer.concat(chunks).toString() : null }).then((reply) => {
        if (reply === null) return; // never answered: the extension's timeout decides
        if (reply === RESET) return void req.socket.destroy();
        if (cutShort(reply)) return answerCutShort(res, reply);
        res.writeHead(reply.status, { ...(reply.contentType ? { 'content-type': reply.contentType } : {}), ...reply.headers });
        res.end(reply.body ?? '');
      });
    });
  });
  const sockets = new Set<Socket>();
  const proxy: Server = createHttpServer();
  proxy.on('connect', (_req, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      tls.close();
    },
  };
}
