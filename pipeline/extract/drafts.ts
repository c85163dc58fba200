// What the extractors hand to the assembler: a measure before agencies are resolved,
// amounts extracted and ids assigned.
import type { NoteDraft } from '../anomalies.ts';
import type { Deadline, LineRange } from '../schema.ts';

export type { AnomalyDraft, NoteDraft } from '../anomalies.ts';

/** An agency or group named for a measure, as printed. */
export interface AgencyRef {
  name: string; // as printed, spaces removed: 市財政局 in a traditional-character source
  etc: boolean; // the list said …等: it is not exhaustive
  group: boolean; // a set of bodies (各乡镇, 县直有关单位), not one agency
}

export interface LineageDraft {
  level: string;
  label: string;
  number: string | null;
  title: string | null;
  text: string;
  lines: LineRange;
  merged: boolean;
}

/** Conditions a provision states for the items under it (适用条件). */
export interface ConditionDraft {
  text: string;
  section: { label: string; title: string; anchor: string };
  lines: LineRange;
}

export interface MeasureDraft {
  anchor: string;
  level?: string; // jurisdiction id of the text, when not the document's own
  number: string;
  label: string;
  title: string | null;
  text: string;
  section: { number: string | null; title: string; anchor: string | null; label?: string } | null;
  /** The agency lists as printed (a 单位 cell, or the names of an agency tag), for readers. */
  leadRaw: string | null;
  responsibleRaw: string | null;
  lead: AgencyRef[];
  responsible: AgencyRef[];
  people: string[];
  agenciesInherited: boolean;
  /** Read by the format's extractor: a 完成时限 cell, or a time limit stated in a provision's text. */
  deadline: Deadline | null;
  lineage: LineageDraft[];
  policy: { number: string; title: string } | null;
  lines: LineRange;
  notes: NoteDraft[];
  /** Conditions stated by the provisions it sits in; work-list rows have none. */
  conditions?: ConditionDraft[];
}

export interface PolicyDraft {
  number: string;
  title: string;
  anchors: string[]; // measures under this central policy, in source order
}
