/* Development HTTPS for `npm start`.
 * office-addin-dev-certs can create the certificates but, as root without sudo (or in a
 * container), trusting its CA fails and getHttpsServerOptions() then throws. So: reuse the
 * files when they exist and are still valid, create them when not, and only warn about trust. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { X509Certificate } = require("crypto");
const devCerts = require("office-addin-dev-certs");

const certificateDirectory = path.join(os.homedir(), ".office-addin-dev-certs");
const files = {
  ca: path.join(certificateDirectory, "ca.crt"),
  cert: path.join(certificateDirectory, "localhost.crt"),
  key: path.join(certificateDirectory, "localhost.key"),
};
const validityDays = 30;
const renewWithinMs = 24 * 60 * 60 * 1000;

function certificatesAreUsable() {
  if (!Object.values(files).every((file) => fs.existsSync(file))) return false;
  try {
    const certificate = new X509Certificate(fs.readFileSync(files.cert));
    return Date.parse(certificate.validTo) - Date.now() > renewWithinMs;
  } catch {
    return false;
  }
}

async function developmentHttpsOptions() {
  if (!certificatesAreUsable()) {
    fs.mkdirSync(certificateDirectory, { recursive: true });
    await devCerts.generateCertificates(files.ca, files.cert, files.key, validityDays);
  }
  return {
    ca: fs.readFileSync(files.ca),
    cert: fs.readFileSync(files.cert),
    key: fs.readFileSync(files.key),
  };
}

module.exports = { developmentHttpsOptions, certificateFiles: files };
