/* Printed when the dev server is listening: how to load the add-in into Excel by hand
 * (Linux has no desktop Excel to launch, so nothing is launched). */
const { certificateFiles } = require("./devServerHttps");

function sideloadInstructions(origin, manifestPath) {
  return [
    "",
    `Add-in served at ${origin} (taskpane.html, functions.json, manifest.xml).`,
    "",
    "Sideload it:",
    `  Excel on the web: open a workbook > Home > Add-ins > More Add-ins > My Add-ins >`,
    `    Upload My Add-in > choose ${manifestPath}`,
    "  Excel desktop (Windows): put manifest.xml in a shared folder listed under File > Options >",
    "    Trust Center > Trusted Add-in Catalogs, restart Excel, then Home > Add-ins > Shared Folder.",
    "  Excel desktop (Mac): copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "",
    "The browser or Excel must trust the development CA once:",
    `  ${certificateFiles.ca}`,
    "  (import it as a trusted root; on Linux as root without sudo this step cannot be automated).",
    "",
  ].join("\n");
}

module.exports = { sideloadInstructions };
