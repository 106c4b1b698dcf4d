import { convertToCanonical, indicatorById, matchIndicator } from "../park";
import type { CatalogPort } from "./readTableRows";

/** The project catalog (src/core/park) as the validator uses it. */
export const PARK_CATALOG: CatalogPort = { matchIndicator, convertToCanonical, indicatorById };
