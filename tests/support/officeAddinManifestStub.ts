// office-addin-mock only needs office-addin-manifest for telemetry settings; its real module
// cannot load under jest (ESM-only dependency). The manifest tests read the XML themselves.
export const OfficeAddinManifest = {};
export const ManifestType = {};
export default {};
