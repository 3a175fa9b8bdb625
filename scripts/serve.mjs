// Serves the production build: `next start` in two worker processes (one on a single-core machine;
// WEB_CONCURRENCY to change it; each takes about 150 MB), all on one port. Why workers: Node 20
// accepts one new connection per event-loop turn, so a single busy server lets connections opened in
// a rush wait in the queue for seconds; two processes take them in parallel. A worker that dies after
// it started is replaced; if one fails while starting (port taken), or workers keep dying, everything
// stops with the reason instead of retrying forever.
// PORT (3000) and HOST (all interfaces) as for `next start`. Stop with Ctrl-C or SIGTERM to this PID.
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const port = process.env.PORT ?? "3000";
const workers = Number(process.env.WEB_CONCURRENCY) || Math.min(availableParallelism(), 2);

const build = path.resolve(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
if (!existsSync(build)) {
  console.error("Belum ada build / no production build: jalankan / run `npm run build` (npm start builds by itself).");
  process.exit(1);
}
/** More replacements than this within a minute means the workers cannot run: stop and say so. */
const MAX_RESTARTS_PER_MINUTE = 3 * workers;
const restarts = [];

// Each worker accepts on the shared socket itself; with round-robin the primary hands connections
// over one at a time per worker and waits for the worker's turn, which is what this avoids.
cluster.schedulingPolicy = cluster.SCHED_NONE;
cluster.setupPrimary({
  exec: path.join(root, "node_modules", "next", "dist", "bin", "next"),
  args: ["start", "-p", port, ...(process.env.HOST ? ["-H", process.env.HOST] : [])],
  cwd: root,
});

let stopping = false;
let exitCode = 0;
const started = new Set();
let announced = false;
cluster.on("listening", (worker) => {
  started.add(worker.id);
  if (announced || started.size < workers) return;
  announced = true;
  const pids = Object.values(cluster.workers ?? {}).map((w) => w?.process.pid);
  console.log(
    `Dasbor siap di / dashboard ready at http://${process.env.HOST ?? "localhost"}:${port} (proses / processes ${pids.join(", ")})`,
  );
});
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    return;
  }
  if (!started.has(worker.id)) {
    stop(code || 1);
    return;
  }
  const now = Date.now();
  restarts.push(now);
  while (restarts[0] < now - 60_000) restarts.shift();
  if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
    console.error(`workers keep stopping (${restarts.length} in a minute); stopping the server, see the messages above`);
    stop(1);
    return;
  }
  console.error(
    `worker ${worker.process.pid} stopped (${signal ?? code}); worker ${cluster.fork().process.pid} started in its place`,
  );
});

function stop(code = 0) {
  stopping = true;
  exitCode = code;
  const alive = Object.values(cluster.workers ?? {});
  if (alive.length === 0) process.exit(code);
  for (const worker of alive) worker?.process.kill("SIGTERM");
  setTimeout(() => process.exit(code), 5000).unref();
}

process.on("SIGINT", () => stop());
process.on("SIGTERM", () => stop());
for (let i = 0; i < workers; i++) cluster.fork();
