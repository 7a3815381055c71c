// A static server on loopback for the end-to-end tests that need more than scripts/serve.py:
// www/ at /, pkg/ at /pkg/, and /csp/… the same files with `Content-Security-Policy:
// default-src 'none'`. `route(path, request)` may answer a path itself (a variant of a page, a
// page that is not a file): it returns `{ status, body, type, headers }` (or a promise of it),
// or null for the file. `onRequest(path, request)` sees every request first.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { ROOT } from "./harness.mjs";

export const CSP = "default-src 'none'";
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".css": "text/css", ".json": "application/json",
};

function fileFor(path) {
  const file = path.startsWith("/pkg/") ? normalize(join(ROOT, path)) : normalize(join(ROOT, "www", path));
  const inside = file.startsWith(join(ROOT, "www")) || file.startsWith(join(ROOT, "pkg"));
  return inside && existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Starts the server; resolves to `{ server, base }` (`base`: `http://localhost:PORT`). */
export function startStaticServer({ route = () => null, onRequest = () => {} } = {}) {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    onRequest(path, request);
    const csp = path.startsWith("/csp/");
    if (csp) path = path.slice(4);
    const headers = { "cache-control": "no-store", ...(csp ? { "content-security-policy": CSP } : {}) };
    const answer = await route(path, request);
    if (answer) {
      response.writeHead(answer.status ?? 200, { "content-type": answer.type ?? TYPES[".html"], ...headers, ...answer.headers });
      response.end(answer.body);
      return;
    }
    const file = fileFor(path);
    if (!file) {
      response.writeHead(404, { "content-type": TYPES[".html"] }).end("<h1>Not found</h1>");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    resolve({ server, base: `http://localhost:${server.address().port}` });
  }));
}

/** The text of a file of www/ (for variants of a sample). */
export function wwwFile(path) {
  return readFileSync(join(ROOT, "www", path), "utf8");
}
