/** Correctness smoke of the bench's park tables (speed is measured by npm run bench only). */
import { INDICATORS } from "../../src/core/park";
import { validateSheet } from "../../src/core/sheet";
import { longParkTable, wideParkTable } from "./parkTables";

describe("bench park tables", () => {
  it("long: one row per park and indicator; every park found, the catalog's indicators read", () => {
    const result = validateSheet({ sheetName: "B", values: longParkTable(3, 100) });
    expect(result.parks.map((park) => park.park)).toEqual(["园区1", "园区2", "园区3"]);
    // The catalog's indicators are recognised; the made-up ones up to 100 are not.
    expect(result.parks[0]!.summary.recognisedRows).toBe(INDICATORS.length);
    expect(result.parks[0]!.summary.dataRows).toBe(100);
  });

  it("wide: one row per park, an indicator column per catalog indicator", () => {
    const result = validateSheet({ sheetName: "B", values: wideParkTable(3, 100) });
    expect(result.table?.layout).toBe("wide");
    expect(result.parks).toHaveLength(3);
    expect(result.parks[0]!.summary.recognisedRows).toBe(INDICATORS.length);
  });
});
