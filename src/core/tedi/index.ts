/**
 * TEDI score (shared/spec/tedi.md): the project's scoring of the paper's TEDI coupling framework
 * with the coupling coordination degree model. Data is validated when score.ts loads.
 */
export * from "./types";
export { insufficientDataText, scoreTedi, TEDI_METHOD_NOTE } from "./score";
export { tediHeadline } from "./headline";
export {
  scoreTediFromLabels,
  type ResolvedLabel,
  type TediFromLabelsOptions,
  type TediFromLabelsResult,
  type TediLabelError,
} from "./fromLabels";
export { couplingCoordination, type Coupling } from "./coupling";
export { gradeOf } from "./grade";
export { capScore, flagScore, relaxedCap, ruleScore, shareScore } from "./indicatorScore";
export { DEFAULT_ALPHA, SUBSYSTEMS, TEDI_RULES, TRANSITION_RELAXATION_RANGE } from "./data/rules";
export { TEDI_GRADE_BANDS } from "./data/grades";
export { TediDataError, validateGradeBands, validateTediRules } from "./validate";
