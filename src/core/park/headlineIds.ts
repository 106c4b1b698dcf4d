/**
 * The few catalog ids that code outside the data names directly: the summary's headline facts
 * (the national notice's core check, the renewable share in both lenses). Kept here so a renamed
 * id fails one test instead of silently emptying the summary.
 */
export const NATIONAL_NOTICE_PROFILE_ID = "national-notice-2025";

export const HEADLINE_INDICATOR_IDS = {
  /** Unit energy carbon emissions, tCO2/tce: the national notice's core indicator. */
  noticeCore: "unit_energy_carbon_emissions",
  /** Renewable share where green certificates count (the standards' and notice's lens). */
  renewableDomesticLens: "renewable_energy_share",
  /** Renewable share where only a direct line or an exclusive PPA counts (CBAM's lens). */
  renewableCbamLens: "direct_renewable_power_share",
} as const;
