import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_FILE_NAME, dataFileName, fileSlug } from "./file-name";

describe("fileSlug", () => {
  it("makes a safe ASCII name with single dashes and none at the ends", () =>
    assert.equal(fileSlug(" IKG Kotabaru — stagnan: perlu −0,0202 poin… "), "ikg-kotabaru-stagnan-perlu-0-0202-poin"));
});

describe("dataFileName", () => {
  it("names indicator, place, years and kind", () =>
    assert.equal(
      dataFileName({ indicators: ["IKG"], place: "Kotabaru", years: [2023, 2018, 2020], kind: "tren" }),
      "ikg-kotabaru-2018-2023-tren",
    ));

  it("one year stays one year; two indicators are both named once", () =>
    assert.equal(
      dataFileName({ indicators: ["IPM", "IKG", "IPM"], place: "Provinsi Kalimantan Selatan", years: [2023], kind: "sebaran" }),
      "ipm-ikg-kalimantan-selatan-2023-sebaran",
    ));

  it("a long place loses whole words, never a cut word or a trailing dash", () => {
    const name = dataFileName({
      indicators: ["IPG"],
      place: "Kotabaru dan kabupaten kota peraih Anugerah Parahita Ekapraya di Kalimantan Selatan",
      years: [2017, 2023],
      kind: "pembanding",
    });
    assert.ok(name.length <= MAX_FILE_NAME, name);
    assert.equal(name, "ipg-kotabaru-dan-kabupaten-kota-peraih-2017-2023-pembanding");
  });
});
