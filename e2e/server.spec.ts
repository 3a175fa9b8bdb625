import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// The server process as `npm start` runs it (scripts/serve.mjs), started here on its own port.
const TEST_PORT = Number(process.env.E2E_PORT ?? 3100);
const OWN_PORT = TEST_PORT + 60;

function startServer(
  port: number,
  env: Record<string, string> = {},
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), WEB_CONCURRENCY: "2", ...env },
  });
  let text = "";
  child.stdout!.on("data", (d) => (text += d));
  child.stderr!.on("data", (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test.describe("server process", () => {
  test.describe.configure({ mode: "serial" });

  test("a crashed worker is replaced, the site keeps answering, and stopping the server stops every worker", async ({
    request,
  }) => {
    test.setTimeout(90_000);
    const server = startServer(OWN_PORT);
    try {
      await expect.poll(server.output, { timeout: 45_000 }).toMatch(/dashboard ready at .* \(proses \/ processes \d+, \d+\)/);
      const before = server
        .output()
        .match(/processes (\d+), (\d+)/)!
        .slice(1)
        .map(Number);
      expect(before.every(alive)).toBe(true);

      process.kill(before[0]!, "SIGKILL");
      await expect
        .poll(server.output, { timeout: 30_000 })
        .toMatch(new RegExp(`worker ${before[0]} stopped \\(SIGKILL\\); worker \\d+ started in its place`));
      const replacement = Number(server.output().match(/worker (\d+) started in its place/)![1]);
      expect(alive(replacement)).toBe(true);
      for (let i = 0; i < 20; i++) expect((await request.get(`http://127.0.0.1:${OWN_PORT}/indikator/ikg`)).status()).toBe(200);

      const workers = [before[1]!, replacement];
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
      await expect.poll(() => workers.filter(alive).length, { timeout: 10_000 }).toBe(0);
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
  });

  /** Exit code of a server that should stop by itself, or "still running" after 45 s. */
  async function exitOf(server: ReturnType<typeof startServer>) {
    const code = await Promise.race([server.exited, new Promise<string>((r) => setTimeout(() => r("still running"), 45_000))]);
    if (code === "still running") server.child.kill("SIGKILL");
    return code;
  }

  test("a port already in use stops the server with the reason instead of retrying", async () => {
    test.setTimeout(60_000);
    const server = startServer(TEST_PORT); // the port the other tests' server listens on
    expect(await exitOf(server)).toBe(1);
    expect(server.output()).toContain("EADDRINUSE");
  });

  test("without a build it says to build; with a build that cannot run it stops instead of restarting forever", async () => {
    test.setTimeout(90_000);
    const missing = startServer(OWN_PORT, { NEXT_DIST_DIR: ".next-e2e-missing" });
    expect(await exitOf(missing)).toBe(1);
    expect(missing.output()).toContain("npm run build");

    const dir = ".next-e2e-broken"; // a build folder with nothing in it but its id
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/BUILD_ID`, "broken");
    try {
      const broken = startServer(OWN_PORT, { NEXT_DIST_DIR: dir });
      expect(await exitOf(broken)).toBe(1);
      expect(broken.output()).toContain("workers keep stopping");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
