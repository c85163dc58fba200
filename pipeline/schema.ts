// The one place where the shapes of our data are defined. Shared by the ingest
// scripts (which validate every record before writing it) and by Astro's content
// layer (src/content.config.ts), so the site can never read a record the
// pipeline would have rejected.
import { z } from 'zod';
import { AnomalyCodeSchema, SEVERITIES } from './anomalies.ts';
import { AMOUNT_KINDS } from './grammar/amountKind.ts';
import { CURRENCIES } from './grammar/currency.ts';
import { QUALIFIERS } from './grammar/qualifiers.ts';
import { VALIDITY_STATUSES, type ValidityStatus } from './grammar/validityStatus.ts';

/** ASCII, lowercase, human-readable path segment — our permalink promise. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase ASCII words joined by -');

/** Inclusive 1-based line range in the source file. */
export const LineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);
export type LineRange = z.infer<typeof LineRange>;

/** The genre of a document, from the word its title ends with (pipeline/grammar/documentKinds.ts). */
export const DOCUMENT_KINDS = [
  'worklist', // 工作清单, 任务分解表, 责任清单, 台账
  'opinion', // 意见, 实施意见
  'notice', // 通知, 通报
  'plan', // 方案, 计划, 规划, 纲要
  'points', // 工作要点
  'measures', // 若干措施, 政策措施
  'rules', // 办法, 细则, 规定, 条例
  'contingency-plan', // 应急预案
  'decision', // 决定
  'announcement', // 公告, 通告
  'report', // 报告
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * How a source is read. Detected from the file (its extension and its text); a manifest
 * may name it. `worklist` and `gazette` are the names older manifests use for text.
 */
export const SourceFormat = z.enum(['text', 'canonical', 'worklist', 'gazette', 'html', 'docx']);

/** A date a maintainer writes: 2023, 2023-05 or 2023-05-08 — and one that exists. */
const ManifestDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => {
    const [y, m, d] = v.split('-').map(Number);
    if (m === undefined) return true;
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    const date = new Date(Date.UTC(y!, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'date does not exist in the calendar');

/**
 * One entry of content/sources/manifest.yaml. Two fields are required: the file and the
 * place it is from (a name as people write it: 佛山市, 河南省洛阳市西工区). Everything else
 * is detected from the text; what the manifest gives wins, and the report says so.
 */
export const ManifestEntry = z.strictObject({
  file: z.string().min(1),
  jurisdiction: z.string().min(1),
  format: SourceFormat.optional(),
  /** The name the file arrived with, if it was renamed. */
  originalFile: z.string().min(1).optional(),
  /** Where the text was published (the page's URL), cited to readers. */
  url: z.url().optional(),
  title: z.string().min(1).optional(),
  date: ManifestDate.optional(),
  /** The document's 文号; null says it has none. */
  wenhao: z.string().min(1).nullable().optional(),
  /** Permalink stem for a document with no 文号 — never change it once published. */
  slug: Slug.optional(),
  issuer: z.string().min(1).optional(),
  kind: DocumentKind.optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;
export const Manifest = z.strictObject({ sources: z.array(ManifestEntry).min(1) });

export const Jurisdiction = z.strictObject({
  id: Slug,
  name: z.string(), // 钟祥市
  shortName: z.string(), // 钟祥
  level: z.enum(['central', 'province', 'prefecture', 'county']),
  parent: Slug.nullable(),
  /** GB/T 2260 code (420881 for 钟祥市); null for 中央 and for local additions such as a 开发区. */
  code: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  url: z.string(),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const AgencyKind = z.enum([
  'government-department', // 市财政局, 市发改委 …
  'party-organ', // 团市委, 市网信办, 市人武部
  'public-institution', // 市投融资服务中心, 公积金中心钟祥办事处
  'state-company', // 市中小担公司, 城发集团, 市供电公司
  'central-bank-branch', // 人行钟祥支行
  'regulator-branch', // 银保监钟祥监管组, 税务局 (vertical management)
  'policy-bank-branch', // 农发行钟祥支行
  'township', // 岳口镇, 竟陵街道办事处, 天门经济开发区
  'task-force', // 市疫情防控指挥部 — an ad-hoc command, not a standing agency
  'other-organ', // 市法院, 市人武部
  'unknown',
]);
export const Agency = z.strictObject({
  id: Slug, // jurisdiction id + name slug, e.g. zhongxiang-caizhengju
  slug: Slug,
  jurisdiction: Slug,
  name: z.string(), // canonical name as used in the sources, e.g. 市财政局
  fullName: z.string(), // 钟祥市财政局
  kind: AgencyKind,
  known: z.boolean(), // false: not in content/agencies.yaml — reported as a warning
  aliases: z.array(z.strictObject({ name: z.string(), reason: z.string() })),
  url: z.string(),
});
export type Agency = z.infer<typeof Agency>;

export const Amount = z.strictObject({
  raw: z.string(), // the figure as printed with its context words, e.g. 最高每人每年补贴1600元
  figure: z.string(), // just the number and unit as printed, e.g. 1600元
  value: z.number(), // in units of `currency`
  valueMax: z.number().nullable(), // for ranges 10万-50万元 and approximate pairs 八九千美元
  yuan: z.number().nullable(), // value in yuan when currency is CNY, else null (never converted)
  currency: z.enum(CURRENCIES), // CNY for 元/人民币, USD 美元, HKD 港元 … each its own code
  qualifier: z.enum(QUALIFIERS).nullable(), // 最高, 不超过, 以上, 约, 余 …
  vague: z.boolean(), // 十余万元, 数十亿元: `value` is only a lower bound
  per: z.array(z.string()), // ['人','年'] for 每人每年 or /人/年
  kind: z.enum(AMOUNT_KINDS), // subsidy 补贴/奖励, budget 资金/预算, target 目标, threshold 门槛, unknown 未判定
  offset: z.number().int().nonnegative(), // position of `figure` in the measure text
});
export type Amount = z.infer<typeof Amount>;

export const Percentage = z.strictObject({
  raw: z.string(),
  value: z.number(),
  valueMax: z.number().nullable(),
  offset: z.number().int().nonnegative(),
});
export type Percentage = z.infer<typeof Percentage>;

export const Deadline = z.strictObject({
  raw: z.string(),
  /** 2022-12, 2022, 2022-06-30, 'ongoing' (持续推进, 长期) or null when the cell is empty/unparseable */
  normalized: z
    .string()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|ongoing)$/)
    .nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

export const SourceRef = z.strictObject({
  file: z.string(), // content/sources/…
  originalFile: z.string(),
  lines: LineRange,
});
export type SourceRef = z.infer<typeof SourceRef>;

/** An ISO calendar date, yyyy-mm-dd. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export { VALIDITY_STATUSES, type ValidityStatus };

/** A policy period stated in a measure's text: 政策执行期限至2022年底 → until 2022-12-31. */
export const PolicyPeriod = z.strictObject({
  raw: z.string(),
  from: IsoDate.nullable(),
  until: IsoDate,
  offset: z.number().int().nonnegative(), // position of `raw` in the measure text
});
export type PolicyPeriod = z.infer<typeof PolicyPeriod>;

/**
 * When a document or a measure takes effect and until when (pipeline/extract/validity.ts).
 * A measure states its own period (政策执行期限至2022年底) or takes its document's
 * (本意见自发布之日起实施,有效期暂定3年).
 */
export const Validity = z.strictObject({
  /** Where it is stated: the document's own clause, the measure's text, or nowhere. */
  stated: z.enum(['document', 'measure', 'none']),
  effective: IsoDate.nullable(), // 施行 (自发布之日起 → the document's date)
  effectiveRaw: z.string().nullable(), // 自发布之日起实施
  until: IsoDate.nullable(), // last day in force, stated or computed from the term
  untilRaw: z.string().nullable(), // 有效期暂定3年, 政策执行期限至2022年底
  term: z.strictObject({ amount: z.number().int().positive(), unit: z.enum(['year', 'month']), provisional: z.boolean() }).nullable(),
  trial: z.boolean(), // 试行
  clause: z.string().nullable(), // the sentence as printed: 本意见自发布之日起实施,有效期暂定3年,由市商务局负责解释。
  lines: LineRange.nullable(),
  /** As of the site's update date; null only when the site has no date at all. */
  status: z.enum(VALIDITY_STATUSES).nullable(),
});
export type Validity = z.infer<typeof Validity>;

/** Conditions a provision states for the items under it, passed down to each (适用条件). */
export const Condition = z.strictObject({
  text: z.string(), // as printed: 具备以下条件之一的可以入驻,并享受相关优惠政策:服装生产加工类企业从业人员不少于50人;…
  section: z.strictObject({ label: z.string(), title: z.string(), anchor: Slug }),
  lines: LineRange,
});
export type Condition = z.infer<typeof Condition>;

/** One level of a work list's policy chain above the local measure. */
export const LineageStep = z.strictObject({
  level: Slug, // jurisdiction id: zhongyang, hubei, jingmen
  label: z.string(), // 中央政策, 湖北省落实举措 …
  number: z.string().nullable(), // printed number, if the level has one
  title: z.string().nullable(),
  text: z.string(),
  lines: LineRange,
  merged: z.boolean(), // true when the cell was empty (vertically merged) and taken from the row above
});

export const Erratum = z.strictObject({ kind: AnomalyCodeSchema, message: z.string(), lines: LineRange.optional() });

export const Measure = z.strictObject({
  id: Slug, // <document id>-<item slug>; stable across re-ordering of sources
  url: z.string(),
  anchor: Slug, // the item anchor inside the document page
  jurisdiction: Slug,
  /** Whose text this is: in a work list a row may carry only a 荆门 or 中央 text (no local measure). */
  level: Slug,
  document: Slug,
  number: z.string(), // as printed: 163, （七）, 1.1
  label: z.string(), // human label: 第163项, （七）
  title: z.string().nullable(),
  text: z.string(),
  section: z
    .strictObject({
      number: z.string().nullable(),
      title: z.string(),
      anchor: Slug.nullable(),
      /** as printed with its marker: 二、 （一） — for citations (第二部分第（四）条) */
      label: z.string().optional(),
    })
    .nullable(),
  lead: z.array(Slug),
  responsible: z.array(Slug),
  /** Persons named as responsible leaders (责任领导 column or label) — never agencies. */
  people: z.array(z.string()),
  leadGroups: z.array(z.string()), // group references such as 相关金融机构 — not agencies
  responsibleGroups: z.array(z.string()),
  leadRaw: z.string().nullable(),
  responsibleRaw: z.string().nullable(),
  agenciesInherited: z.boolean(), // lead/responsible come from a section heading or merged cell
  deadline: Deadline.nullable(),
  amounts: z.array(Amount),
  percentages: z.array(Percentage),
  lineage: z.array(LineageStep),
  policy: z.strictObject({ number: z.string(), title: z.string(), url: z.string() }).nullable(),
  /** Work lists: how much of this text repeats the level directly above it. */
  wording: z
    .strictObject({
      comparedWith: Slug, // jurisdiction id of the level above
      number: z.string().nullable(),
      similarity: z.number().min(0).max(1),
      verdict: z.enum(['identical', 'near-identical', 'adapted', 'own']),
    })
    .nullable(),
  source: SourceRef,
  notes: z.array(Erratum), // anomalies concerning this measure, shown to readers
  order: z.number().int().nonnegative(), // position within its document, for prev/next
  /** Its own policy period, or its document's validity. */
  validity: Validity,
  /** Every policy period its text states, in text order. */
  periods: z.array(PolicyPeriod),
  /** Conditions stated by the provisions it sits in (具备以下条件之一…), outermost first. */
  conditions: z.array(Condition),
  /** Names printed for this measure that the registry reads as another name of an agency, with the reason. */
  aliasesUsed: z.array(z.strictObject({ name: z.string(), agency: Slug, reason: z.string() })),
});
export type Measure = z.infer<typeof Measure>;

/** A block of a document's text for the document page (every provision anchored). */
export const DocBlock = z.strictObject({
  role: z.enum(['redhead', 'title', 'wenhao', 'addressee', 'paragraph', 'section', 'provision', 'signer', 'date', 'attachment']),
  level: z.number().int().nonnegative(),
  number: z.string().nullable(),
  anchor: Slug.nullable(),
  text: z.string(),
  measure: Slug.nullable(),
  lines: LineRange,
});

export const PolicyChain = z.strictObject({
  id: Slug,
  url: z.string(),
  document: Slug,
  number: z.string(),
  title: z.string(),
  measures: z.array(Slug),
});
export type PolicyChain = z.infer<typeof PolicyChain>;

export const Document = z.strictObject({
  id: Slug,
  url: z.string(),
  title: z.string(),
  /** The title with its place where the printed one leaves it out (a gazette prints 市人民政府关于…): 天门市人民政府关于… */
  fullTitle: z.string(),
  wenhao: z.string().nullable(),
  wenhaoRaw: z.string().nullable(), // as printed, when it differs (malformed)
  issuer: z.string().nullable(),
  date: z.string().nullable(), // ISO date as signed
  jurisdiction: Slug,
  kind: DocumentKind,
  addressees: z.string().nullable(),
  /** Where the document was published (a page's URL), when known. */
  originalUrl: z.string().nullable(),
  /** What the page it was published on says (an .html or .docx source): 发布日期, 索引号, and the fields it gave. */
  page: z
    .strictObject({ published: z.string().nullable(), indexNumber: z.string().nullable(), fromPage: z.array(z.string()) })
    .nullable()
    .default(null),
  /** The gazette issue (政府公报) the document was published in, if any. */
  issue: Slug.nullable(),
  /** Metadata fields the manifest gave rather than the text (title, date …). */
  fromManifest: z.array(z.string()),
  source: SourceRef,
  blocks: z.array(DocBlock),
  measureCount: z.number().int().nonnegative(),
  validity: Validity,
});
export type Document = z.infer<typeof Document>;

/** A gazette issue (政府公报): a record of its own, named by the documents it holds. */
export const GazetteIssue = z.strictObject({
  id: Slug, // tianmen-gongbao-2023-1
  url: z.string(),
  title: z.string(), // as printed: 天门市人民政府公报2023第1号(总号:44)
  name: z.string(), // the gazette, without the issue: 天门市人民政府公报
  year: z.number().int().nullable(),
  number: z.number().int().nullable(), // 第1号
  total: z.number().int().nullable(), // 总号 44
  date: z.string().nullable(), // publication date, ISO
  jurisdiction: Slug,
  documents: z.array(Slug),
  source: SourceRef,
});
export type GazetteIssue = z.infer<typeof GazetteIssue>;

export const Anomaly = z.strictObject({
  severity: z.enum(SEVERITIES),
  code: AnomalyCodeSchema, // pipeline/anomalies.ts: e.g. number-out-of-order, unknown-agency, malformed-wenhao
  file: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(), // Chinese, shown on the data-quality page
  document: Slug.nullable(),
});
export type Anomaly = z.infer<typeof Anomaly>;

/** The site as a whole: the date its statuses are computed against (pipeline/publish/siteDate.ts). */
export const SiteInfo = z.strictObject({
  id: z.literal('site'),
  /** The update date the site states (截至…): from SOURCE_DATE_EPOCH, the commit date of HEAD, or the newest source date. */
  asOf: IsoDate.nullable(),
  asOfFrom: z.enum(['SOURCE_DATE_EPOCH', 'commit', 'sources', 'none']),
});
export type SiteInfo = z.infer<typeof SiteInfo>;
