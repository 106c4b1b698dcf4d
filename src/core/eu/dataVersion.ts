/** How the data's version is shown next to every default value and benchmark. */
import type { LocalizedText } from "../shared/localizedText";
import type { EuSource } from "./types";

/** "version 1 of 2026-02-04" / "2026-02-04 第1版". */
export function versionText(source: EuSource): LocalizedText {
  return {
    en: `version ${source.version}${source.date ? ` of ${source.date}` : ""}`,
    zh: `${source.date ? `${source.date} ` : ""}第${source.version}版`,
  };
}

/** The label a default value carries: 'default value (Regulation 2025/2621, data version 1 of 2026-02-04)'. */
export function defaultValueLabel(source: EuSource): LocalizedText {
  const version = versionText(source);
  return {
    en: `default value (Regulation 2025/2621, data version ${version.en.replace(/^version /, "")})`,
    zh: `默认值（条例 2025/2621，数据版本 ${version.zh}）`,
  };
}
