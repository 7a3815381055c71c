// Shared by the end-to-end tests and the browser scripts: the demo server on a free port, and
// where Debian's Chromium is and the flags it runs with here (browsers.mjs launches it).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps dialling out, which this machine refuses.
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

/** Starts scripts/serve.py on a free loopback port; resolves to { url, stop }. */
export async function startServer({ isolate = false } = {}) {
  const args = ["scripts/serve.py", "--port", "0", ...(isolate ? ["--isolate"] : [])];
  const child = spawn("python3", args, { cwd: ROOT, env: { ...process.env, SERVE_QUIET: "1" }, stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const [firstLine] = await Promise.race([
    once(lines, "line"),
    once(child, "exit").then(([code]) => { throw new Error(`serve.py exited with ${code}`); }),
  ]);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  };
  return { url: firstLine.trim(), stop };
}

