// Lint = the Office add-ins plugin's React preset (includes its Office.js rules and prettier),
// extended to .tsx, which the preset's file globs leave out.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const preset = officeAddins.configs.react;

// Pure core, thin adapters: src/core is plain TypeScript used by the functions, the pane and the CLI.
const NODE_BUILTINS = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "url",
  "util",
  "vm",
  "worker_threads",
  "zlib",
];
const CORE_IMPORT_RULE = [
  "error",
  {
    paths: NODE_BUILTINS.map((name) => ({
      name,
      message: "src/core runs in Excel, the pane and the CLI: no Node modules.",
    })),
    patterns: [
      { group: ["node:*"], message: "src/core: no Node modules." },
      {
        group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"],
        message: "src/core: no React or Fluent UI; UI lives in src/taskpane.",
      },
      {
        group: ["exceljs", "@microsoft/office-js", "office-addin-*"],
        message: "src/core reads plain values; Excel and file I/O live in src/excel and src/cli.",
      },
      {
        group: [
          "**/excel",
          "**/excel/*",
          "**/taskpane/**",
          "**/functions/**",
          "**/cli/**",
          "**/scripts/**",
          "**/i18n",
          "**/i18n/*",
        ],
        message: "src/core must not depend on its adapters (excel, taskpane, functions, cli, scripts, i18n).",
      },
    ],
  },
];
const CORE_GLOBALS_RULE = [
  "error",
  ...[
    "Office",
    "Excel",
    "CustomFunctions",
    "OfficeExtension",
    "window",
    "document",
    "navigator",
    "localStorage",
    "process",
    "Buffer",
    "require",
    "__dirname",
  ].map((name) => ({ name, message: `src/core is host-free: ${name} belongs to an adapter.` })),
];
const officeBlock = preset.find((block) => block.rules && block.rules["office-addins/call-sync-after-load"]);

export default [
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-artifacts/"] },
  ...preset,
  {
    ...officeBlock,
    files: ["**/*.tsx"],
  },
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeExtension: "readonly",
      },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-redeclare": "off",
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": CORE_IMPORT_RULE,
      "no-restricted-globals": CORE_GLOBALS_RULE,
    },
  },
  {
    // One place decides which error codes carry a message (Excel shows it on #VALUE! and #N/A only).
    files: ["src/functions/**/*.ts"],
    ignores: ["src/functions/errors.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.object.name='CustomFunctions'][callee.property.name='Error']",
          message: "Build error values with withMessage / excelError from src/functions/errors.ts.",
        },
      ],
    },
  },
];
