/**
 * The cross-sectoral correction factor (CSCF) is a user parameter: the spec (§2, §6) reports that
 * it enters the free allocation adjustment but gives no value, so none is shipped. The neutral
 * default 1 leaves the adjustment unchanged.
 */
export const CROSS_SECTORAL_CORRECTION_FACTOR = {
  defaultValue: "1",
  source:
    "user parameter; reported to enter the free allocation adjustment by Implementing Regulation (EU) 2025/2620 (commentary: greenreporting.eu, CarbonChain, Fastmarkets)",
  verified: false,
  caveat: {
    en: "Cross-sectoral correction factor (CSCF): defaults to 1 (no correction). Whether and how the implementing act on the free allocation adjustment applies it must be verified; enter the published value if it applies.",
    zh: "跨行业校正系数（CSCF）默认为1（不校正）。免费配额调整实施细则是否及如何适用该系数尚待核实；如适用，请输入官方公布的数值。",
  },
} as const;
