// A static file server for dist/, as a plain web host would serve it:
// directory → index.html, unknown path → 404.html with status 404.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  bytesSent: () => number;
}

/**
 * `cors`: answer every request with Access-Control-Allow-Origin: *, as the host of a shard whose
 * search index another site merges must (its Pagefind files are fetched from that site's pages).
 */
export async function serveDist(root = 'dist', port = 0, options: { cors?: boolean } = {}): Promise<StaticServer> {
  const cors: Record<string, string> = options.cors ? { 'Access-Control-Allow-Origin': '*' } : {};
  let sent = 0;
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      sent += body.length;
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...cors });
      res.end(body);
    } catch {
      const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...cors });
      res.end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    bytesSent: () => sent,
  };
}
