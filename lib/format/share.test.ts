import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { shareText } from "./share";

describe("shareText", () => {
  it("a share covered reads as a plain percentage of the distance", () => {
    const s = shareText(0.456, "id");
    assert.equal(s.value, "46%");
    assert.match(s.label, /sudah ditempuh/);
  });

  it("IKG 0,571 against baseline 0,551 and target 0,450 (share −19,8%) says it moved away, without a minus sign", () => {
    const share = (0.551 - 0.571) / (0.551 - 0.45);
    const id = shareText(share, "id");
    assert.equal(id.value, "20%");
    assert.match(id.label, /^Menjauhi target/);
    assert.match(id.spoken, /^0% ditempuh/);
    const en = shareText(share, "en");
    assert.equal(en.value, "20%");
    assert.match(en.label, /^Moved away from the target/);
  });
});
