/**
 * npm run eu-data: the committed tables are what the generator makes of the shared files (so a
 * stale table fails here), every file names its source, version and sha256, and a newer
 * workbook is picked up by the same command.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readAnnexes } from "../../src/scripts/euData/readAnnexes";
import { readBenchmarks } from "../../src/scripts/euData/readBenchmarks";
import { readDefaultValues } from "../../src/scripts/euData/readDefaultValues";
import { resolveInputs } from "../../src/scripts/euData/generateEuData";

const EU_CBAM = path.resolve(__dirname, "../../../shared/eu-cbam");
const DATA = path.resolve(__dirname, "../../src/core/eu/data");
const committed = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, name), "utf8"));
const sha256 = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("npm run eu-data", () => {
  it("without arguments reads ../shared/eu-cbam", () => {
    const inputs = resolveInputs([]);
    expect(path.basename(inputs.defaultValues)).toBe("default-values-v1-2026-02-04.xlsx");
    expect(path.basename(inputs.benchmarks)).toBe("benchmarks-2026-02-06.xlsx");
    expect(path.basename(inputs.regulation)).toBe("Reg-2023-956-CBAM.txt");
    expect(path.basename(inputs.omnibus)).toBe("Reg-2025-2083-omnibus.txt");
  });

  it("a directory holding a version 2 workbook, or the workbook named alone, regenerates from it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "eu-data-"));
    const v2 = path.join(dir, "default-values-v2-2026-08-06.xlsx");
    fs.copyFileSync(path.join(EU_CBAM, "default-values-v1-2026-02-04.xlsx"), v2);
    fs.copyFileSync(
      path.join(EU_CBAM, "default-values-v1-2026-02-04.xlsx"),
      path.join(dir, "default-values-v1-2026-02-04.xlsx"),
    );
    expect(resolveInputs([dir]).defaultValues).toBe(v2);
    const alone = resolveInputs([v2]);
    expect(alone.defaultValues).toBe(v2);
    // What the file does not replace still comes from ../shared/eu-cbam.
    expect(path.basename(alone.benchmarks)).toBe("benchmarks-2026-02-06.xlsx");
    fs.rmSync(dir, { recursive: true });
  });

  it("the committed default values are the generator's reading of the workbook, naming it (README: sha256 865372ed23649b7b…)", async () => {
    const file = path.join(EU_CBAM, "default-values-v1-2026-02-04.xlsx");
    const generated = await readDefaultValues(file);
    expect(generated.source).toEqual({
      file: "default-values-v1-2026-02-04.xlsx",
      title: "European Commission, CBAM default values workbook",
      version: "1",
      date: "2026-02-04",
      sha256: sha256(file),
      binding: "Commission Implementing Regulation (EU) 2025/2621, Annex I",
    });
    expect(generated.source.sha256.slice(0, 16)).toBe("865372ed23649b7b");
    expect(JSON.parse(JSON.stringify(generated))).toEqual(committed("defaultValues.json"));
    // 119 country tables and "Other countries and territories" (the workbook's 122 sheets less two).
    expect(Object.keys(generated.tables)).toHaveLength(120);
  }, 60000);

  it("the committed benchmarks are the generator's reading of the workbook (README: sha256 b79108b025e69782…)", async () => {
    const file = path.join(EU_CBAM, "benchmarks-2026-02-06.xlsx");
    const generated = await readBenchmarks(file);
    expect(generated.source.sha256).toBe(sha256(file));
    expect(generated.source.sha256.slice(0, 16)).toBe("b79108b025e69782");
    expect(generated.source.version).toBe("1");
    expect(JSON.parse(JSON.stringify(generated))).toEqual(committed("benchmarks.json"));
  }, 60000);

  it("the committed CBAM goods are the generator's reading of the Official Journal texts", () => {
    const generated = readAnnexes(
      path.join(EU_CBAM, "legal/Reg-2023-956-CBAM.txt"),
      path.join(EU_CBAM, "legal/Reg-2025-2083-omnibus.txt"),
    );
    expect(JSON.parse(JSON.stringify(generated))).toEqual(committed("cbamGoods.json"));
    // Annex III point 1 of Regulation (EU) 2023/956.
    expect(generated.exemptCountries).toEqual(["Iceland", "Liechtenstein", "Norway", "Switzerland"]);
    expect(generated.exemptTerritories).toEqual(["Büsingen", "Heligoland", "Livigno", "Ceuta", "Melilla"]);
    expect(generated.sources.map((source) => source.sha256)).toEqual([
      sha256(path.join(EU_CBAM, "legal/Reg-2023-956-CBAM.txt")),
      sha256(path.join(EU_CBAM, "legal/Reg-2025-2083-omnibus.txt")),
    ]);
  });
});
