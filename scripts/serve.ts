// npm run serve — dist/ on http://127.0.0.1:4321/ (or $PORT), with Astro's preview server run in this
// process (not as a child of npm's shell), so Ctrl-C or a SIGTERM stops it and nothing is
// left listening. The server reads dist/ on every request, so a rebuild (which swaps dist/
// in whole, scripts/build.ts) is served as soon as it is done, without 404s in between.
import { preview } from 'astro';

const port = Number(process.env.PORT ?? 4321);
const server = await preview({ root: process.cwd(), logLevel: 'info', server: { host: '127.0.0.1', port } });
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Stop listening, then exit even if a browser holds a connection open.
    void server.stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
await server.closed();
