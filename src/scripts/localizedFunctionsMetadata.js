/* Excel shows custom-function help in the user's language only from a localized copy of
 * functions.json named by the manifest (bt:Url Override for zh-CN). custom-functions-metadata
 * reads English JSDoc only, so the zh-CN copy is made here from the generated functions.json and
 * the translations in src/functions/functions.zh-CN.json. A function or parameter without a
 * translation fails the build: the two languages cannot drift apart silently.
 * Both copies also get `allowErrorForDataTypeAny`, which the generator cannot emit: without it
 * Excel fails a whole spilled formula when one cell of an input range holds an error value,
 * instead of letting the adapters turn that element into its own error cell.
 * Help links are written relative in the JSDoc (`@helpurl taskpane.html?help=ID`) and made absolute
 * here with the origin the add-in is built for, so a build for another host names no localhost. */
const fs = require("fs");
const path = require("path");
const { sources, WebpackError, Compilation } = require("webpack");

const translationsFile = path.resolve(__dirname, "../functions/functions.zh-CN.json");

function localize(metadata, translations) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = translations[fn.id];
    if (!entry) {
      missing.push(fn.id);
      return fn;
    }
    const parameters = (fn.parameters || []).map((parameter) => {
      const description = entry.parameters && entry.parameters[parameter.name];
      if (!description) missing.push(`${fn.id}(${parameter.name})`);
      return { ...parameter, description: description || parameter.description };
    });
    // `result` is copied as generated: Excel's metadata schema gives it no description.
    return { ...fn, description: entry.description, parameters };
  });
  return { localized: { ...metadata, functions }, missing };
}

/** Makes every relative helpUrl absolute under `origin`; an absolute one is a mistake in the JSDoc. */
function absoluteHelpUrls(metadata, origin) {
  const absolute = [];
  const functions = metadata.functions.map((fn) => {
    if (!fn.helpUrl) return fn;
    if (/^[a-z]+:/i.test(fn.helpUrl)) {
      absolute.push(fn.id);
      return fn;
    }
    return { ...fn, helpUrl: `${origin.replace(/\/$/, "")}/${fn.helpUrl.replace(/^\//, "")}` };
  });
  return { metadata: { ...metadata, functions }, absolute };
}

function writeLocalizedFunctionsMetadata(compiler, { origin }) {
  compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadata", (compilation) => {
    compilation.hooks.processAssets.tap(
      { name: "LocalizedFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
      () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // the metadata plugin has already reported why
        compilation.fileDependencies.add(translationsFile);
        const translations = JSON.parse(fs.readFileSync(translationsFile, "utf8"));
        const generated = { ...JSON.parse(asset.source.source().toString()), allowErrorForDataTypeAny: true };
        const { metadata, absolute } = absoluteHelpUrls(generated, origin);
        if (absolute.length > 0) {
          compilation.errors.push(
            new WebpackError(
              `@helpurl must be relative (taskpane.html?help=ID) so the build can place it on the add-in's origin: ${absolute.join(", ")}`,
            ),
          );
        }
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(metadata, null, 2)));
        const { localized, missing } = localize(metadata, translations);
        if (missing.length > 0) {
          compilation.errors.push(
            new WebpackError(`functions.zh-CN.json lacks translations for: ${missing.join(", ")}`),
          );
        }
        compilation.emitAsset(
          "functions.zh-CN.json",
          new sources.RawSource(JSON.stringify(localized, null, 2)),
        );
      },
    );
  });
}

module.exports = { writeLocalizedFunctionsMetadata, localize, absoluteHelpUrls };
