/** Bundles tests/support/excelFake/browserEntry.ts for the browser with webpack's Node API. */
import path from "path";
import webpack from "webpack";

/** `root` is the repository; callers compiled elsewhere (the bench, in build/node) pass it. */
export async function bundleExcelFake(
  outDir: string,
  root: string = path.resolve(__dirname, "../../.."),
): Promise<string> {
  const compiler = webpack({
    mode: "development",
    target: "web",
    devtool: false,
    context: root,
    entry: path.join(root, "tests/support/excelFake/browserEntry.ts"),
    output: { path: outDir, filename: "excelFake.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "ESNext" } },
          },
        },
      ],
    },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) =>
      error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
    ),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(outDir, "excelFake.js");
}
