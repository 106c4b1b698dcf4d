import { execFileSync } from "child_process";
import path from "path";

export interface OfficeManifestInfo {
  id?: string;
  displayName?: string;
  defaultLocale?: string;
  hosts?: string[];
  permissions?: string;
  officeAppType?: string;
  version?: string;
}

/**
 * office-addin-manifest's own reader. It depends on an ESM-only package that jest's module
 * system cannot load, so it runs in a plain node child process.
 */
export function readManifestWithOfficeReader(manifestPath: string): OfficeManifestInfo {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])
    .then((info) => process.stdout.write(JSON.stringify(info)))
    .catch((error) => { console.error(error.message); process.exit(1); });`;
  const output = execFileSync(process.execPath, ["-e", script, path.resolve(manifestPath)], {
    cwd: path.resolve(__dirname, "../.."),
    encoding: "utf8",
  });
  return JSON.parse(output) as OfficeManifestInfo;
}
