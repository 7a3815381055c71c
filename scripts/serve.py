#!/usr/bin/env python3
"""Static server for the demo, the playground, the e2e tests and the browser benchmark.

URL layout (nothing is copied; the paths map onto the repository):
  /pkg/...                  -> pkg/      (the wasm-pack build)
  /vendor/readability/...   -> node_modules/@mozilla/readability/  (benchmark only)
  /fixtures/...             -> tests/fixtures/  (end-to-end tests)
  /...                      -> www/

Usage: scripts/serve.py [--port 8080] [--bind 127.0.0.1] [--isolate]
  --port 0 picks a free port; the chosen URL is printed as the first line of stdout.
  --isolate sends COOP/COEP headers (cross-origin isolation: finer performance.now()).
"""
import argparse
import http.server
import os
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOUNTS = [
    ("/pkg/", os.path.join(ROOT, "pkg")),
    ("/vendor/readability/", os.path.join(ROOT, "node_modules", "@mozilla", "readability")),
    ("/fixtures/", os.path.join(ROOT, "tests", "fixtures")),
    ("/", os.path.join(ROOT, "www")),
]
TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".ts": "text/plain",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    isolate = False
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}

    def translate_path(self, path):
        path = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        for prefix, directory in MOUNTS:
            if path.startswith(prefix):
                relative = os.path.normpath(path[len(prefix):]).lstrip("/")
                if relative.startswith(".."):
                    return os.path.join(directory, "__outside__")
                return os.path.join(directory, relative)
        return os.path.join(ROOT, "www", "__missing__")

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        if self.isolate:
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        super().end_headers()

    def log_message(self, format, *args):
        if os.environ.get("SERVE_QUIET") != "1":
            super().log_message(format, *args)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--isolate", action="store_true")
    args = parser.parse_args()
    Handler.isolate = args.isolate
    server = http.server.ThreadingHTTPServer((args.bind, args.port), Handler)
    host, port = server.server_address[:2]
    print(f"http://{'localhost' if host == '127.0.0.1' else host}:{port}/", flush=True)
    if not os.path.exists(os.path.join(ROOT, "pkg", "declutter.js")):
        print("warning: pkg/declutter.js missing; run `make wasm` first", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
