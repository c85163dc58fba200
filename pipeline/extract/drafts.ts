// What the format-specific extractors hand to the assembler: a measure before
// agencies are resolved, amounts extracted and ids assigned.
import type { Deadline, LineRange } from '../schema.ts';

export interface AnomalyDraft {
  severity: 'error' | 'warning' | 'info';
  code: string;
  line: number | null;
  message: string; // Chinese, shown to readers on the data-quality page
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

export interface MeasureDraft {
  anchor: string;
  level?: string; // jurisdiction id of the text, when not the document's own
  number: string;
  label: string;
  title: string | null;
  text: string;
  section: { number: string | null; title: string; anchor: string | null } | null;
  leadRaw: string | null;
  responsibleRaw: string | null;
  agenciesInherited: boolean;
  /** Read by the format's extractor: a 完成时限 cell, or a time limit stated in a provision's text. */
  deadline: Deadline | null;
  lineage: LineageDraft[];
  policy: { number: string; title: string } | null;
  lines: LineRange;
  notes: Array<{ kind: string; message: string; lines?: LineRange }>;
}

export interface PolicyDraft {
  number: string;
  title: string;
  anchors: string[]; // measures under this central policy, in source order
}
