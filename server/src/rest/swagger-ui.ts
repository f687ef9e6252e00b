// Swagger UI at /docs from the swagger-ui-dist package on disk (no CDN: the server may have no
// network, nor its users), pointed at the local OpenAPI document. Only the few files the page
// needs are served; the package's own index.html and initializer point at the petstore demo.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

export const DOCS_PATH = '/docs';

const DIST = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const page = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>creditgraph REST API</title>
  <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
  <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" sizes="32x32">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
  <script src="${DOCS_PATH}/swagger-ui-standalone-preset.js"></script>
  <script src="${DOCS_PATH}/swagger-initializer.js"></script>
</body>
</html>
`;

// A file rather than an inline script, so that a strict Content-Security-Policy allows it.
const initializer = (specUrl: string) => `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(specUrl)},
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
};
`;

/** Answers /docs and /docs/*; false when `pathname` is not its own. */
export function swaggerUiHandler(specUrl: string): (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean {
  const init = initializer(specUrl);
  return (req, res, pathname) => {
    if (pathname !== DOCS_PATH && !pathname.startsWith(`${DOCS_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return true;
    }
    const name = pathname.slice(DOCS_PATH.length + 1);
    if (name === '' || name === 'index.html') return send(res, req, 'text/html; charset=utf-8', page);
    if (name === 'swagger-initializer.js') return send(res, req, 'text/javascript; charset=utf-8', init);
    const type = ASSETS[name];
    if (!type) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return true;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=3600' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path.join(DIST, name)).on('error', () => res.destroy()).pipe(res);
    return true;
  };
}

function send(res: ServerResponse, req: IncomingMessage, type: string, body: string): true {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
