/**
 * Hand-built metadata shaped like dist/functions.json and functions.zh-CN.json (a few functions,
 * texts shortened), and a fetch stand-in that serves it. Unit tests never read dist/.
 */
interface FixtureFunction {
  description: string;
  helpUrl: string;
  id: string;
  name: string;
  parameters: {
    description: string;
    dimensionality: string;
    name: string;
    optional?: boolean;
    type: string;
  }[];
  result: { dimensionality?: string; type?: string; description?: string };
}

interface FixtureMetadata {
  allowErrorForDataTypeAny: boolean;
  functions: FixtureFunction[];
}

const en: FixtureMetadata = {
  allowErrorForDataTypeAny: true,
  functions: [
    {
      description:
        "EU CBAM cost of an import, EUR rounded half-up to the cent (Regulation (EU) 2023/956). 2023-2025 (transitional period): 0.",
      helpUrl: "https://localhost:3000/taskpane.html?help=CBAM_COST",
      id: "CBAM_COST",
      name: "CBAM_COST",
      parameters: [
        {
          description: "Specific embedded emissions of the good, tCO2e per tonne.",
          dimensionality: "matrix",
          name: "embedded",
          type: "any",
        },
        {
          description: "Quantity imported, tonnes.",
          dimensionality: "matrix",
          name: "quantity",
          type: "any",
        },
        {
          description: "CBAM certificate price, EUR per tCO2e.",
          dimensionality: "matrix",
          name: "eu_price",
          type: "any",
        },
        { description: "Import year, e.g. 2026.", dimensionality: "matrix", name: "year", type: "any" },
        {
          description: "CBAM benchmark, tCO2e per tonne. Blank = 0.",
          dimensionality: "matrix",
          name: "benchmark",
          optional: true,
          type: "any",
        },
        {
          description: "Carbon price paid in the country of origin. Blank = 0.",
          dimensionality: "matrix",
          name: "paid_price",
          optional: true,
          type: "any",
        },
        {
          description: "Blank or FALSE = actual value.",
          dimensionality: "matrix",
          name: "default_value",
          optional: true,
          type: "any",
        },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      description:
        "CBAM phase-in share of a year, as a fraction (2026: 0.025 … 2034 onward: 1). Before 2026 → #N/A.",
      helpUrl: "https://localhost:3000/taskpane.html?help=CBAM_PHASE_IN",
      id: "CBAM_PHASE_IN",
      name: "CBAM_PHASE_IN",
      parameters: [
        { description: "Calendar year, 2026 or later.", dimensionality: "matrix", name: "year", type: "any" },
      ],
      result: { dimensionality: "matrix" },
    },
    {
      description:
        "Offset dependency: offsets retired ÷ gross emissions, as a fraction (0.1 = 10 %). Ranges are summed.",
      helpUrl: "https://localhost:3000/taskpane.html?help=OFFSET_RATIO",
      id: "OFFSET_RATIO",
      name: "OFFSET_RATIO",
      parameters: [
        {
          description: "Carbon offsets retired, tCO2e.",
          dimensionality: "matrix",
          name: "offsets",
          type: "any",
        },
        {
          description: "Gross emissions before offsets, tCO2e.",
          dimensionality: "matrix",
          name: "emissions",
          type: "any",
        },
      ],
      result: { type: "number" },
    },
  ],
};

const zhTexts: Record<string, { description: string; parameters: string[]; result: string }> = {
  CBAM_COST: {
    description: "一批进口产品的欧盟 CBAM 成本（欧元，四舍五入到分）。2023-2025 年（过渡期）为 0。",
    parameters: [
      "产品的特定隐含排放。",
      "进口数量，吨。",
      "CBAM 证书价格。",
      "进口年份，如 2026。",
      "CBAM 基准值。留空 = 0。",
      "原产国实际支付的碳价。",
      "留空或 FALSE = 实际值。",
    ],
    result: "成本（欧元）。",
  },
  CBAM_PHASE_IN: {
    description: "某年的 CBAM 逐步实施比例。",
    parameters: ["日历年份。"],
    result: "实施比例。",
  },
  OFFSET_RATIO: {
    description: "碳抵消依赖度：抵消量 ÷ 总排放。",
    parameters: ["已注销的碳抵消量。", "抵消前总排放。"],
    result: "比例。",
  },
};

const zh: FixtureMetadata = {
  ...en,
  functions: en.functions.map((fn) => {
    const t = zhTexts[fn.id]!;
    return {
      ...fn,
      description: t.description,
      parameters: fn.parameters.map((p, i) => ({ ...p, description: t.parameters[i]! })),
      result: { ...fn.result, description: t.result },
    };
  }),
};

export const FIXTURE = { en, zh } as const;

type Reply = { status?: number; body?: unknown; text?: string; reject?: Error };

/** Installs a fetch stand-in: file name (last path segment) → reply. Returns the jest mock. */
export function stubFetch(replies: Record<string, Reply> = {}): jest.Mock {
  const served: Record<string, Reply> = {
    "functions.json": { body: en },
    "functions.zh-CN.json": { body: zh },
    ...replies,
  };
  const mock = jest.fn(async (input: string) => {
    const file = new URL(input).pathname.split("/").pop() ?? "";
    const reply = served[file] ?? { status: 404 };
    if (reply.reject) throw reply.reject;
    const status = reply.status ?? 200;
    return {
      ok: status >= 200 && status < 300,
      status,
      json: async () => (reply.text !== undefined ? JSON.parse(reply.text) : reply.body),
    };
  });
  (globalThis as { fetch?: unknown }).fetch = mock;
  return mock;
}
