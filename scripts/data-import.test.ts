import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";

const ROOT = process.cwd();
const FIXTURE = path.join(ROOT, "lib/data/fixtures/import/bps-ikg-wide-sintetis.csv");
const TSX = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
let work: string;
let dir: string;

/** Every file under data/ with its hash: "exactly as it was" means this is unchanged. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const p = path.join(f.parentPath, f.name);
    out[path.relative(folder, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}

function importCli(extra: string[], env: Record<string, string> = {}) {
  return spawnSync(
    process.execPath,
    [
      TSX,
      path.join(ROOT, "scripts/data-import.ts"),
      FIXTURE,
      "--indicator",
      "IKG",
      "--source",
      "bps-ikg-2021-2023-vannesayaa",
      "--dir",
      dir,
      "--lang",
      "en",
      ...extra,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
      input: "",
    },
  );
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), "pug-import-"));
  dir = path.join(work, "data");
  cpSync(path.join(ROOT, "data"), dir, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("npm run data:import", () => {
  it("shows what a BPS wide table adds and changes, and writes nothing without confirmation", () => {
    const before = snapshot(dir);
    const r = importCli([]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /Shape: wide \(years as columns\)/);
    assert.match(r.stdout, /Added: 3 · changed: 4 · unchanged: 8 · skipped \(not published\): 1/);
    assert.match(r.stdout, /\+ 6302 IKG 2024 single 0\.561/);
    assert.match(r.stdout, /~ 6301 IKG 2021 single 0\.483 → 0\.445/);
    assert.match(r.stderr, /Add --yes/);
    assert.deepEqual(snapshot(dir), before);
  });

  it("with --yes writes the table, keeps a backup beside data/, and the result validates", () => {
    const r = importCli(["--yes"]);
    assert.equal(r.status, 0, r.stderr);
    const obs = readFileSync(path.join(dir, "observations.csv"), "utf8");
    assert.match(obs, /\n6302,IKG,2024,0\.561,single,bps-ikg-2021-2023-vannesayaa,"?Impor dari bps-ikg-wide-sintetis\.csv/);
    assert.match(obs, /\n6301,IKG,2021,0\.445,single,bps-ikg-2021-2023-vannesayaa,/);
    assert.ok(!obs.includes("6301,IKG,2024")); // "-" stays missing
    const backups = readdirSync(path.join(work, ".cadangan-data"));
    assert.equal(backups.length, 1);
    assert.equal(
      readFileSync(path.join(work, ".cadangan-data", backups[0]!), "utf8"),
      readFileSync(path.join(ROOT, "data/observations.csv"), "utf8"),
    );
    const check = spawnSync(process.execPath, [TSX, path.join(ROOT, "scripts/data-check.ts"), "--dir", dir], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(check.status, 0, check.stderr);
    // Importing the same file again changes nothing.
    const again = importCli(["--yes"]);
    assert.match(again.stdout, /Added: 0 · changed: 0 · unchanged: 15/);
  });

  it("a failure in the middle of the write leaves data/ exactly as it was", () => {
    const before = snapshot(dir);
    const r = importCli(["--yes"], { PUG_IMPORT_FAIL_AFTER_BYTES: "5000" });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /simulated failure after 5000 bytes.*data\/ is unchanged/);
    assert.deepEqual(snapshot(dir), before);
    assert.ok(!readdirSync(dir).some((f) => f.includes(".tmp-")));
  });

  it("refuses an import that would make the dataset invalid, and says why", () => {
    const before = snapshot(dir);
    const bad = importCli(["--yes", "--series", "bukan-seri"]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /series "bukan-seri" is not defined for indicator IKG/);
    assert.match(bad.stderr, /nothing was written/);
    assert.deepEqual(snapshot(dir), before);
    assert.ok(existsSync(path.join(dir, "observations.csv")));
  });
});
