import {
  FUNCTION_NAMESPACE,
  MetadataFormatError,
  findFunction,
  firstSentence,
  metadataFileFor,
  parseFunctionsMetadata,
  syntaxLine,
} from "../../../src/taskpane/help/functionMetadata";
import { helpLanguage, helpSearch, isHelpRequest, readHelpRoute } from "../../../src/taskpane/help/helpRoute";
import { MetadataLoadError, loadFunctionMetadata } from "../../../src/taskpane/help/loadFunctionMetadata";
import { FIXTURE, stubFetch } from "./metadataFixture";

describe("help address", () => {
  it("is a help address whenever `help` is present, with or without an id", () => {
    expect(readHelpRoute("?help=CBAM_COST")).toEqual({ functionId: "CBAM_COST", language: null });
    expect(readHelpRoute("?help")).toEqual({ functionId: null, language: null });
    expect(readHelpRoute("?help=&lang=zh")).toEqual({ functionId: null, language: "zh" });
    expect(readHelpRoute("?lang=zh-CN&help=%20TEDI_SCORE%20")).toEqual({
      functionId: "TEDI_SCORE",
      language: "zh",
    });
    expect(readHelpRoute("?help=X&lang=de")?.language).toBe("en");
    expect(readHelpRoute("?help=X&lang=")?.language).toBeNull();
    expect(isHelpRequest("")).toBe(false);
    expect(isHelpRequest("?_host_Info=Excel$Win32")).toBe(false);
    expect(isHelpRequest("?_host_Info=Excel&help")).toBe(true);
  });

  it("builds links that keep other parameters and carry the language", () => {
    expect(helpSearch("?help=CBAM_COST", "OFFSET_RATIO", "en")).toBe("?help=OFFSET_RATIO&lang=en");
    expect(helpSearch("?help=CBAM_COST&lang=en", null, "zh")).toBe("?help&lang=zh");
    expect(helpSearch("?_host_Info=Excel&help", "CBAM_COST", "zh")).toBe(
      "?_host_Info=Excel&help=CBAM_COST&lang=zh",
    );
  });

  it("language: lang= first, then Office (inside Office), then the browser", () => {
    const route = { functionId: null, language: null };
    expect(helpLanguage({ ...route, language: "en" }, "zh-CN", "zh-CN")).toBe("en");
    expect(helpLanguage(route, "zh-CN", "en-US")).toBe("zh");
    expect(helpLanguage(route, "en-US", "zh-CN")).toBe("en");
    expect(helpLanguage(route, undefined, "zh-Hans-CN")).toBe("zh");
    expect(helpLanguage(route, undefined, undefined)).toBe("en");
  });
});

describe("function metadata", () => {
  it("reads the fixture shaped like dist/functions.json", () => {
    const functions = parseFunctionsMetadata(FIXTURE.en);
    expect(functions.map((fn) => fn.id)).toEqual(["CBAM_COST", "CBAM_PHASE_IN", "OFFSET_RATIO"]);
    expect(functions[0]!.parameters[4]).toMatchObject({ name: "benchmark", optional: true });
    expect(functions[2]!.result).toEqual({
      description: undefined,
      type: "number",
      dimensionality: undefined,
    });
    expect(findFunction(functions, " cbam_phase_in ")?.id).toBe("CBAM_PHASE_IN");
    expect(findFunction(functions, "NOPE")).toBeUndefined();
  });

  it("names the first bad field of a malformed file", () => {
    const bad = (json: unknown) => () => parseFunctionsMetadata(json);
    expect(bad(null)).toThrow(new MetadataFormatError("it has no list of functions"));
    expect(bad({ functions: {} })).toThrow("it has no list of functions");
    expect(bad({ functions: [{ id: "A", name: "A", parameters: [{}] }] })).toThrow(
      "functions[0].parameters[0] has no name",
    );
    expect(bad({ functions: [{ id: "A", name: "A", description: 3 }] })).toThrow(
      "functions[0].description is not text",
    );
    expect(bad({ functions: [{ id: "A", name: "A", parameters: "x" }] })).toThrow(
      "functions[0].parameters is not a list",
    );
  });

  it("writes the syntax line with the namespace and optional arguments in brackets", () => {
    const [cost, phaseIn] = parseFunctionsMetadata(FIXTURE.en);
    expect(FUNCTION_NAMESPACE).toBe("ZC");
    expect(syntaxLine(cost!)).toBe(
      "=ZC.CBAM_COST(embedded, quantity, eu_price, year, [benchmark], [paid_price], [default_value])",
    );
    expect(syntaxLine(phaseIn!)).toBe("=ZC.CBAM_PHASE_IN(year)");
    expect(
      syntaxLine({ id: "S", name: "S", parameters: [{ name: "x", optional: true, repeating: true }] }),
    ).toBe("=ZC.S([x], …)");
    expect(syntaxLine({ id: "N", name: "N", parameters: [] })).toBe("=ZC.N()");
  });

  it("cuts a description at its first sentence, not at abbreviations or decimals", () => {
    expect(firstSentence("One (e.g. 2026 or 0.5). Two.")).toBe("One (e.g. 2026 or 0.5).");
    expect(firstSentence("Share (ETS Directive Art. 10a). Before 2026 → #N/A.")).toBe(
      "Share (ETS Directive Art. 10a).",
    );
    expect(firstSentence("第一句。第二句。")).toBe("第一句。");
    expect(firstSentence("No full stop")).toBe("No full stop");
    expect(firstSentence(undefined)).toBe("");
  });

  it("picks the file Excel reads for the language", () => {
    expect(metadataFileFor("en")).toBe("functions.json");
    expect(metadataFileFor("zh")).toBe("functions.zh-CN.json");
  });
});

describe("loadFunctionMetadata", () => {
  afterEach(() => {
    delete (globalThis as { fetch?: unknown }).fetch;
  });

  it("fetches the file next to the page", async () => {
    const fetchMock = stubFetch();
    const functions = await loadFunctionMetadata("zh", {
      baseUrl: "https://host.example/addin/taskpane.html?help",
    });
    expect(fetchMock.mock.calls[0]![0]).toBe("https://host.example/addin/functions.zh-CN.json");
    expect(functions[0]!.description).toBe(FIXTURE.zh.functions[0]!.description);
  });

  it("turns each failure into a MetadataLoadError that says what went wrong", async () => {
    const load = () => loadFunctionMetadata("en", { baseUrl: "https://host.example/taskpane.html" });
    stubFetch({ "functions.json": { status: 404 } });
    await expect(load()).rejects.toMatchObject({
      failure: { kind: "http", file: "functions.json", status: 404 },
    });
    stubFetch({ "functions.json": { reject: new TypeError("Failed to fetch") } });
    await expect(load()).rejects.toMatchObject({ failure: { kind: "network", detail: "Failed to fetch" } });
    stubFetch({ "functions.json": { text: "not json" } });
    await expect(load()).rejects.toMatchObject({ failure: { kind: "format", file: "functions.json" } });
    stubFetch({ "functions.json": { body: [] } });
    const error = await load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MetadataLoadError);
    expect((error as Error).message).toBe("functions.json: it has no list of functions");
  });
});
