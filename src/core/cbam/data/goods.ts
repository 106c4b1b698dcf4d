/**
 * The six CBAM goods categories (shared/spec/cbam.md §1 and §3). Which goods count indirect
 * emissions was checked against the text of Annex II (../shared/eu-cbam/legal/Reg-2023-956-CBAM.txt
 * and Reg-2025-2083-omnibus.txt point (29)).
 */
import type { CbamGood, CbamGoodDefinition } from "../types";

/** Every goods category as a runtime list, for validating a `good` argument. */
export const CBAM_GOOD_IDS: readonly CbamGood[] = [
  "iron-and-steel",
  "aluminium",
  "cement",
  "fertilisers",
  "hydrogen",
  "electricity",
];

const SCOPE_SOURCE = "Regulation (EU) 2023/956 Annex I";
const DIRECT_ONLY =
  "Regulation (EU) 2023/956 Art. 7(1) and Annex II (only direct emissions count; the Annex excepts some ferro-alloys of heading 7202); electricity added to Annex II by Regulation (EU) 2025/2083";
const WITH_INDIRECT =
  "Regulation (EU) 2023/956 Art. 7(1) and Annex II (not listed there, so indirect emissions count)";

export const CBAM_GOODS: readonly CbamGoodDefinition[] = [
  {
    id: "iron-and-steel",
    name: { en: "Iron and steel", zh: "钢铁" },
    quantityUnit: "t",
    indirectEmissionsCount: false,
    indirectEmissionsSource: DIRECT_ONLY,
    indirectEmissionsVerified: true,
    countsTowardDeMinimis: true,
    source: SCOPE_SOURCE,
  },
  {
    id: "aluminium",
    name: { en: "Aluminium", zh: "铝" },
    quantityUnit: "t",
    indirectEmissionsCount: false,
    indirectEmissionsSource: DIRECT_ONLY,
    indirectEmissionsVerified: true,
    countsTowardDeMinimis: true,
    source: SCOPE_SOURCE,
  },
  {
    id: "cement",
    name: { en: "Cement", zh: "水泥" },
    quantityUnit: "t",
    indirectEmissionsCount: true,
    indirectEmissionsSource: WITH_INDIRECT,
    indirectEmissionsVerified: true,
    countsTowardDeMinimis: true,
    source: SCOPE_SOURCE,
  },
  {
    id: "fertilisers",
    name: { en: "Fertilisers", zh: "化肥" },
    quantityUnit: "t",
    indirectEmissionsCount: true,
    indirectEmissionsSource: WITH_INDIRECT,
    indirectEmissionsVerified: true,
    countsTowardDeMinimis: true,
    source: SCOPE_SOURCE,
  },
  {
    id: "hydrogen",
    name: { en: "Hydrogen", zh: "氢" },
    quantityUnit: "t",
    indirectEmissionsCount: false,
    indirectEmissionsSource: DIRECT_ONLY,
    indirectEmissionsVerified: true,
    countsTowardDeMinimis: false,
    source: SCOPE_SOURCE,
  },
  {
    id: "electricity",
    name: { en: "Electricity", zh: "电力" },
    quantityUnit: "MWh",
    indirectEmissionsCount: false,
    indirectEmissionsSource: DIRECT_ONLY,
    indirectEmissionsVerified: true,
    countsTowardDeMinimis: false,
    source: SCOPE_SOURCE,
  },
];
