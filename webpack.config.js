/* Build of the add-in: one shared runtime page (taskpane.html) that loads the custom functions
 * and the task pane, functions.json generated from the JSDoc in src/functions/functions.ts,
 * assets and manifest copied. office.js: the package copy in development and tests, Microsoft's
 * CDN in the production page (the store requires it); the e2e tests route that address to the
 * package copy so nothing needs the internet. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { developmentHttpsOptions } = require("./src/scripts/devServerHttps");
const { sideloadInstructions } = require("./src/scripts/sideloadInstructions");
const { writeLocalizedFunctionsMetadata } = require("./src/scripts/localizedFunctionsMetadata");

const devOrigin = "https://localhost:3000";
const productionOrigin = process.env.ADDIN_ORIGIN || devOrigin;
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsPackageDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      // ADDIN_OUTPUT_DIR: a second build elsewhere (the test that builds for another origin).
      path: process.env.ADDIN_OUTPUT_DIR || path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Tables loaded on first use (src/core/eu/loadEuTables.ts) are chunks of their own.
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    // The supplier template reader (exceljs, jszip) is fetched only when a file is picked; its
    // chunks get a folder of their own (chunks/xlsx/), apart from the EU table chunks.
    optimization: {
      splitChunks: {
        cacheGroups: {
          xlsxReader: {
            test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/,
            name: "xlsx/vendor",
            chunks: "async",
            priority: 20,
          },
        },
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      {
        apply: (compiler) =>
          writeLocalizedFunctionsMetadata(compiler, { origin: dev ? devOrigin : productionOrigin }),
      },
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        templateParameters: { officeJsUrl: dev ? "office-js/office.js" : officeJsCdn },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              dev ? content : content.toString().split(devOrigin).join(productionOrigin.replace(/\/$/, "")),
          },
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [{ directory: officeJsPackageDir, publicPath: "/office-js", watch: false }],
      server: serving ? { type: "https", options: await developmentHttpsOptions() } : "https",
      client: { overlay: false },
      onListening: () => {
        console.log(sideloadInstructions(devOrigin, path.resolve(__dirname, "manifest.xml")));
      },
    },
  };
};
