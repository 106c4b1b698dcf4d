/**
 * The 22 zero-carbon park standards the paper compares (seed 001, Table 2; transcribed in
 * shared/spec/park-standards.md section 1). The Chinese title and the code are authoritative; the
 * English texts are translations. The paper numbers 1-14 and 16-22 and lists the Shaanxi standard
 * without a number between 17 and 18: 4 local (DB) + 18 group (T/) = 22.
 *
 * `region` is derived from the issuer (the paper does not state it): the province/city for local
 * standards and regional associations, "national" for national associations.
 */
import type { LocalizedText } from "../../shared/localizedText";
import type { ParkStandard } from "../types";
import { fengXu } from "../../shared/publicSources";

const TABLE_2 = fengXu("Table 2");

const NATIONAL: LocalizedText = { en: "national", zh: "全国" };
const SHANGHAI: LocalizedText = { en: "Shanghai", zh: "上海市" };

const SHANGHAI_SEESA: LocalizedText = {
  en: "Shanghai Energy Conservation & Environmental Protection Service Industry Association",
  zh: "上海市节能环保服务业协会",
};
const CIECCPA: LocalizedText = {
  en: "China Industrial Energy Conservation & Cleaner Production Association",
  zh: "中国工业节能与清洁生产协会",
};

export const STANDARDS: readonly ParkStandard[] = [
  {
    number: 1,
    type: "local",
    issuer: { en: "Inner Mongolia Autonomous Region", zh: "内蒙古自治区" },
    title: {
      en: "Specification for construction of zero-carbon industrial parks",
      zh: "零碳产业园区建设规范",
    },
    code: "DB15/T 2948—2023",
    issued: "2023-03-28",
    region: { en: "Inner Mongolia", zh: "内蒙古自治区" },
    source: TABLE_2,
  },
  {
    number: 2,
    type: "local",
    issuer: { en: "Xiong'an New Area", zh: "雄安新区" },
    title: {
      en: "Evaluation standard for zero-carbon parks in Xiong'an, Part 1: public-building parks",
      zh: "雄安新区零碳园区评价标准 第1部分：公共建筑园区",
    },
    code: "DB1331/T 069—2023",
    issued: "2023-12-22",
    region: { en: "Xiong'an New Area (Hebei)", zh: "雄安新区（河北省）" },
    source: TABLE_2,
  },
  {
    number: 3,
    type: "local",
    issuer: { en: "Fujian Province", zh: "福建省" },
    title: {
      en: "Assessment criteria for creating low/zero-carbon industrial parks",
      zh: "工业园区低零碳创建评估准则",
    },
    code: "DB35/T 2198—2024",
    issued: "2024-07-03",
    region: { en: "Fujian", zh: "福建省" },
    source: TABLE_2,
  },
  {
    number: 4,
    type: "local",
    issuer: { en: "Yancheng City", zh: "盐城市" },
    title: {
      en: "Specification for construction of coastal (near-)zero-carbon industrial parks",
      zh: "沿海（近）零碳产业园区建设规范",
    },
    code: "DB3209/T 1275—2024",
    issued: "2024-08-22",
    region: { en: "Yancheng (Jiangsu)", zh: "盐城市（江苏省）" },
    source: TABLE_2,
  },
  {
    number: 5,
    type: "group",
    issuer: {
      en: "China Association for the Promotion of S&T Industrialization",
      zh: "中国科技产业化促进会",
    },
    title: {
      en: "Technical guide for design and evaluation of smart zero-carbon industrial parks",
      zh: "智慧零碳工业园区设计和评价技术指南",
    },
    code: "T/CSPSTC 51—2020",
    issued: "2020-08-18",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 6,
    type: "group",
    issuer: SHANGHAI_SEESA,
    title: {
      en: "Technical specification for creation and evaluation of zero-carbon parks",
      zh: "零碳园区创建与评价技术规范",
    },
    code: "T/SEESA 010—2022",
    issued: "2022-04-25",
    region: SHANGHAI,
    source: TABLE_2,
  },
  {
    number: 7,
    type: "group",
    issuer: SHANGHAI_SEESA,
    title: {
      en: "Technical specification for creation and evaluation of zero-carbon logistics parks",
      zh: "零碳物流园区创建与评价技术规范",
    },
    code: "T/SEESA 014—2022",
    issued: "2022-11-18",
    region: SHANGHAI,
    source: TABLE_2,
  },
  {
    number: 8,
    type: "group",
    issuer: {
      en: "Beijing Energy Conservation & Environmental Protection Promotion Association",
      zh: "北京节能环保促进会",
    },
    title: {
      en: "Guide for zero-carbon maturity grading of industrial parks",
      zh: "产业园区零碳成熟度等级评价指南",
    },
    code: "T/BAEE 014—2023",
    issued: "2023-03-01",
    region: { en: "Beijing", zh: "北京市" },
    source: TABLE_2,
  },
  {
    number: 9,
    type: "group",
    issuer: { en: "China Investment Association", zh: "中国投资协会" },
    title: { en: "Evaluation standard for zero-carbon parks", zh: "零碳园区评价标准" },
    code: "T/AIAC 002—2023",
    issued: "2023-03-03",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 10,
    type: "group",
    issuer: {
      en: "Shanghai Inspection, Testing and Certification Association",
      zh: "上海市检验检测认证协会",
    },
    title: {
      en: "Certification requirements for smart-energy integration platform services of zero-carbon parks",
      zh: "零碳园区智慧能源整合平台服务认证要求",
    },
    code: "T/STIC 120071—2023",
    issued: "2023-04-03",
    region: SHANGHAI,
    source: TABLE_2,
  },
  {
    number: 11,
    type: "group",
    issuer: CIECCPA,
    title: { en: "General rules for zero-carbon park evaluation", zh: "零碳园区评价通则" },
    code: "T/CIECCPA 031—2023",
    issued: "2023-07-25",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 12,
    type: "group",
    issuer: SHANGHAI_SEESA,
    title: {
      en: "Implementation-pathway planning and assessment for zero-carbon industrial parks",
      zh: "零碳产业园区实施路径规划与评估",
    },
    code: "T/SEESA 18—2023",
    issued: "2023-09-15",
    region: SHANGHAI,
    source: TABLE_2,
  },
  {
    number: 13,
    type: "group",
    issuer: { en: "Anhui Zero-Carbon Association", zh: "安徽省零碳协会" },
    title: {
      en: "Technical specification for construction and evaluation of zero-carbon parks",
      zh: "零碳园区建设与评价技术规范",
    },
    code: "T/ACA 001—2023",
    issued: "2023-12-28",
    region: { en: "Anhui", zh: "安徽省" },
    source: TABLE_2,
  },
  {
    number: 14,
    type: "group",
    issuer: { en: "Chinese Society for Urban Studies", zh: "中国城市科学研究会" },
    title: { en: "Evaluation standard for smart zero-carbon parks", zh: "智慧零碳园区评价标准" },
    code: "T/CSUS 66—2023",
    issued: "2023-12-29",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 16,
    type: "group",
    issuer: {
      en: "China Association for Engineering Construction Standardization",
      zh: "中国工程建设标准化协会",
    },
    title: { en: "Technical code for zero-carbon industrial parks", zh: "零碳产业园区技术规程" },
    code: "T/CECS 1600—2024",
    issued: "2024-05-08",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 17,
    type: "group",
    issuer: { en: "Shanxi Society of Environmental Sciences", zh: "山西省环境科学学会" },
    title: {
      en: "Specification for creation and evaluation of zero-carbon (near-zero) industrial parks",
      zh: "零碳（近零碳）产业园区创建与评价规范",
    },
    code: "T/SXSES 04—2024",
    issued: "2024-05-15",
    region: { en: "Shanxi", zh: "山西省" },
    source: TABLE_2,
  },
  {
    // Listed between 17 and 18 without a number in the paper.
    number: null,
    type: "group",
    issuer: { en: "Shaanxi Energy Conservation Association", zh: "陕西省节能协会" },
    title: {
      en: "Evaluation specification for low-carbon and near-zero-carbon parks",
      zh: "低碳近零碳园区评价规范",
    },
    code: "T/SJNX 001—2024",
    issued: "2024-06-15",
    region: { en: "Shaanxi", zh: "陕西省" },
    source: `${TABLE_2}; unnumbered in the paper`,
  },
  {
    number: 18,
    type: "group",
    issuer: CIECCPA,
    title: {
      en: "Specification for creation and evaluation of zero-carbon smart parks",
      zh: "零碳智慧园区创建与评价规范",
    },
    code: "T/CIECCPA 031—2024",
    issued: "2024-07-29",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 19,
    type: "group",
    issuer: {
      en: "China Biodiversity Conservation and Green Development Foundation",
      zh: "中国生物多样性保护与绿色发展基金会",
    },
    title: {
      en: "Technical specification for construction and evaluation of zero-carbon parks",
      zh: "零碳园区建设与评价技术规范",
    },
    code: "T/CGDF 00046—2024",
    issued: "2024-09-14",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 20,
    type: "group",
    issuer: { en: "Guangdong Low Carbon Development Promotion Association", zh: "广东省低碳发展促进会" },
    title: { en: "Specification for rating low/zero-carbon parks", zh: "低碳/零碳园区评定规范" },
    code: "T/GDLC 019—2024",
    issued: "2024-12-01",
    region: { en: "Guangdong", zh: "广东省" },
    source: TABLE_2,
  },
  {
    number: 21,
    type: "group",
    issuer: { en: "China Energy Conservation Association", zh: "中国节能协会" },
    title: { en: "Technical specification for zero-carbon park evaluation", zh: "零碳园区评价技术规范" },
    code: "T/CECA-G 0344—2025",
    issued: "2025-03-18",
    region: NATIONAL,
    source: TABLE_2,
  },
  {
    number: 22,
    type: "group",
    issuer: { en: "China Association of Building Energy Efficiency", zh: "中国建筑节能协会" },
    title: { en: "Evaluation standard for zero-carbon parks", zh: "零碳园区评价标准" },
    code: "T/CABEE 103—2025",
    issued: "2025-06-01",
    region: NATIONAL,
    source: TABLE_2,
  },
];
