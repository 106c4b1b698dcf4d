/**
 * Scoring rules of the twelve TEDI core indicators, as data (${TEDI_METHOD}).
 * Every target says where it comes from: the paper (${FENG_XU_PAPER}, Table 5) or "project's choice".
 * Subsystems are not repeated here: they come from the park catalog's `tedi` placement.
 */
import type { TediSubsystem } from "../../park/types";
import type { TediRule } from "../types";
import { FENG_XU_PAPER, TEDI_METHOD } from "../../shared/publicSources";

const EQUAL_WEIGHT = `equal weights within the subsystem (project's choice, ${TEDI_METHOD})`;
const FULL_SHARE = `100 % (${TEDI_METHOD}: target 100 % unless stated)`;

const fullShare = (indicatorId: string): TediRule => ({
  kind: "share",
  indicatorId,
  target: 1,
  targetSource: FULL_SHARE,
  weight: 1,
  weightSource: EQUAL_WEIGHT,
});

export const TEDI_RULES: readonly TediRule[] = [
  fullShare("direct_renewable_power_share"),
  fullShare("scope3_coverage"),
  fullShare("explicit_carbon_price_coverage"),
  {
    kind: "flag",
    indicatorId: "embodied_carbon_disclosure",
    source: `disclosed yes/no (${TEDI_METHOD})`,
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
  {
    kind: "cap",
    indicatorId: "carbon_intensity_value_added",
    good: 0.1,
    goodSource: `Jiangsu zero-carbon park limit 0.1 tCO2/万元 quoted in ${FENG_XU_PAPER}, section 4.1`,
    bad: 0.6,
    badSource: `Jiangsu near-zero-carbon park limit 0.6 tCO2/万元 quoted in ${FENG_XU_PAPER}, section 4.1`,
    relaxable: true,
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
  fullShare("green_hydrogen_substitution"),
  {
    kind: "cap",
    indicatorId: "offset_dependency",
    good: 0.1,
    goodSource: `SBTi net-zero: offsets ≤ 10 % (${FENG_XU_PAPER}, Table 5)`,
    bad: 0.5,
    badSource: "project's choice",
    relaxable: false,
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
  {
    kind: "ratio-to-need",
    indicatorId: "ccus_stored",
    need: "grossEmissions",
    needSource: `CCUS stored ÷ gross emissions (project's choice, ${TEDI_METHOD})`,
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
  {
    kind: "share",
    indicatorId: "green_power_hydrogen_coupling",
    target: 0.95,
    targetSource: `IRENA green hydrogen ≥ 95 % renewable (${FENG_XU_PAPER}, Table 5)`,
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
  fullShare("carbon_label_enterprise_share"),
  {
    kind: "ratio-to-need",
    indicatorId: "cbam_risk_reserve",
    need: "cbamAnnualCost",
    needSource: "reserve ÷ estimated annual CBAM cost (project's choice; the paper gives no figure)",
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
  {
    kind: "ratio-to-need",
    indicatorId: "low_carbon_patents",
    need: "patentsTarget",
    needSource: "patents ÷ the user's target (project's choice; the paper gives no figure)",
    weight: 1,
    weightSource: EQUAL_WEIGHT,
  },
];

/** Default α_k of T = Σ α_k U_k (shared/spec/tedi.md section 3). */
export const DEFAULT_ALPHA: Readonly<Record<TediSubsystem, number>> = { T: 0.25, E: 0.25, D: 0.25, I: 0.25 };

/** Allowed transition relaxation (seed 001 section 4.2.3: +20 % to +30 %). */
export const TRANSITION_RELAXATION_RANGE = { min: 0.2, max: 0.3 } as const;

export const SUBSYSTEMS: readonly TediSubsystem[] = ["T", "E", "D", "I"];
