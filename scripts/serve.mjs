// Serves the portal demo page and the built drop-in files (the module drop-in's entry and the chunks
// it loads from dist/module/, as JavaScript), under the strict Content-Security-Policy government
// portals use. `npm start` builds first, then runs this. PORT overrides the port.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strictCsp } from './csp.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const allowed = ['demo', 'dist', 'src/data', 'schema'];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (path === '/' || path === '') {
    response.writeHead(302, { location: `/demo/${url.search}` }).end();
    return;
  }
  const file = normalize(join(root, path));
  const relative = file.slice(root.length).split(sep).join('/');
  if (!file.startsWith(root) || !allowed.some((dir) => relative === dir || relative.startsWith(`${dir}/`))) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, 'index.html') : file;
    const body = await readFile(target);
    response.writeHead(200, {
      'content-type': types[extname(target)] ?? 'application/octet-stream',
      'content-security-policy': strictCsp,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
});
