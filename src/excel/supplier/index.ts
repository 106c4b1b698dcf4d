export { readActiveTemplate, TEMPLATE_READ_AREA } from "./readActiveTemplate";
