import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { miniDataset } from "@/lib/data/test-fixture";
import { institutionsModel } from "./institutions-page";
import { toSiteData } from "./site";

describe("institutionsModel", () => {
  const m = institutionsModel(toSiteData(miniDataset()), "en");

  it("the timeline holds milestones and the focus region's award results, in order", () =>
    assert.deepEqual(
      m.timeline.map((e) => [e.start, e.key]),
      [
        [2013, "perda"],
        [2023, "ape-2023"],
        [2023, "terhenti"],
        [2025, "pokja"],
      ],
    ));

  it("the APE table lists regions with a recorded result; none recorded is null, not a 'no'", () => {
    assert.deepEqual(
      m.apeRows.map((r) => [r.code, r.results]),
      [
        ["6302", ["non-ape"]],
        ["6303", ["pratama"]],
        ["6309", ["pratama"]],
        ["6372", ["pratama"]],
      ],
    );
  });
});
