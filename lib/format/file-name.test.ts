import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fileSlug } from "./file-name";

describe("fileSlug", () => {
  it("makes a safe ASCII file name", () =>
    assert.equal(fileSlug("IKG Kotabaru stagnan: perlu −0,0202 poin"), "ikg-kotabaru-stagnan-perlu-0-0202-poin"));
});
