// Runs `npm run data:check` logic before `next build`, so a broken CSV stops the build with the
// same messages (file, line, column, what to do) instead of producing a half-loaded site.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

module.exports = function checkDataBeforeBuild() {
  // next.config.js is evaluated more than once per build; the build workers inherit this flag.
  if (process.env.PUG_DATA_CHECKED === "1") return;
  const root = path.join(__dirname, "..");
  const tsx = require.resolve("tsx/cli", { paths: [root] });
  const result = spawnSync(process.execPath, [tsx, path.join(root, "scripts", "data-check.ts")], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  if (result.status !== 0) {
    throw new Error("Data tidak valid / invalid data: see the problems listed above (npm run data:check).");
  }
  process.env.PUG_DATA_CHECKED = "1";
};
