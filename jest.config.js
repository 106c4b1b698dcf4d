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
  // Resolves (and, on a machine without a system Chromium, unpacks) the e2e browser once.
  globalSetup: "<rootDir>/tests/support/browser/globalSetup.ts",
  testTimeout: 20000,
};
