import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAP_PALETTE, classify, projection, simplify } from "./map";

describe("map geometry", () => {
  it("simplify drops points on a straight line and keeps corners", () =>
    assert.deepEqual(
      simplify(
        [
          [0, 0],
          [1, 0.01],
          [2, 0],
          [2, 2],
        ],
        0.1,
      ),
      [
        [0, 0],
        [2, 0],
        [2, 2],
      ],
    ));

  it("darker is better on every index: the best value gets the darkest colour, for IKG the lowest", () => {
    const up = classify([1, 2, 3, 4, 5], "higher");
    assert.equal(up.color(up.bin(5)), MAP_PALETTE[4]);
    assert.equal(up.color(up.bin(1)), MAP_PALETTE[0]);
    const down = classify([1, 2, 3, 4, 5], "lower");
    assert.equal(down.color(down.bin(1)), MAP_PALETTE[4]);
  });

  it("projection: fitted to the width, north up, the height following the shape", () => {
    const square = {
      code: "x",
      name: "x",
      polygons: [
        [
          [
            [115, -2],
            [116, -2],
            [116, -3],
            [115, -3],
            [115, -2],
          ],
        ],
      ],
    };
    const { project, height } = projection([square as never], 600);
    const [west, north] = project([115, -2]);
    const [east, south] = project([116, -3]);
    assert.ok(Math.abs(west) < 1e-6 && Math.abs(east - 600) < 1e-6, `${west} ${east}`);
    assert.ok(north < south, "north is up");
    // Near the equator Mercator keeps a 1° × 1° square square.
    assert.ok(Math.abs(height - 600) < 3, String(height));
  });
});
