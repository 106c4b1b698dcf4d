// Lint = the Office add-ins plugin's React preset (includes its Office.js rules and prettier),
// extended to .tsx, which the preset's file globs leave out.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const preset = officeAddins.configs.react;
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
];
