/* Unit and adapter tests run in node; React component tests opt into jsdom with a
 * `@jest-environment jsdom` docblock. e2e tests (tests/e2e) drive headless Chromium against the
 * built dist/, which `npm test` builds first. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "CommonJS", moduleResolution: "Node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose strip-bom dependency is ESM-only.
    "^office-addin-manifest$": "<rootDir>/tests/support/officeAddinManifestStub.ts",
  },
  testTimeout: 20000,
};
