import { describe, expect, it } from 'vitest';
import { formatSummary, type IngestReport } from './report.ts';
import type { Anomaly } from '../schema.ts';

const GAZETTE = 'content/sources/tianmen-gongbao-2023-01.txt';
const anomaly = (severity: Anomaly['severity'], code: Anomaly['code'], line: number, message = ''): Anomaly => ({
  severity,
  code,
  file: GAZETTE,
  line,
  message,
  document: null,
});

function report(anomalies: Anomaly[], lost: Array<{ line: number; reason: string; text: string }> = []): IngestReport {
  return {
    generatedFrom: [
      {
        file: GAZETTE,
        originalFile: '003_45db2a21785f5603.txt',
        encoding: 'utf-8',
        lineEndings: 'lf',
        lines: 1129,
        documents: [],
        coverage: { characters: 32749, furniture: 304, covered: 32749 - lost.length, percent: lost.length ? 99.99 : 100, lost },
        fromManifest: [],
        canonical: false,
        furniture: [[1, 30]],
        tableLines: [],
        inlineFurniture: [],
        format: 'text',
        extractedText: null,
        leftOut: [],
      },
    ],
    failures: [],
    counts: {
      documents: 5,
      measures: 257,
      agencies: 60,
      unknownAgencies: 0,
      policies: 0,
      issues: 1,
      amounts: 40,
      measuresWithAmounts: 20,
      anomalies: {},
    },
    perDocument: [],
    anomalies,
    ok: lost.length === 0 && anomalies.every((a) => a.severity !== 'error'),
    strict: false,
    inputs: {},
    permalinks: { ledger: true, changes: [], added: 0 },
  };
}

describe('formatSummary', () => {
  it('groups warnings by code, one line each with the first place, and notes on one line', () => {
    const text = formatSummary(
      report([
        anomaly('warning', 'number-malformed', 582, '编号“16)”缺少左括号，按“（16）”处理'),
        anomaly('warning', 'number-malformed', 722),
        anomaly('warning', 'malformed-wenhao', 42),
        anomaly('info', 'unbalanced-brackets', 1043),
      ]),
    );
    expect(text.split('\n')).toEqual([
      'ingest: 5 documents, 257 measures, 60 agencies (0 unknown), 0 central policies, 40 amounts in 20 measures',
      '  1 sources, 1 with every character published',
      '  4 anomalies in the sources (3 warnings, 1 notes), listed on /quality/ and in content/generated/report.json:',
      `    warning number-malformed ×2, e.g. ${GAZETTE}:582`,
      `    warning malformed-wenhao ×1, e.g. ${GAZETTE}:42`,
      '    notes: unbalanced-brackets ×1',
      'ingest OK',
    ]);
  });
  it('prints every error and every lost line in full', () => {
    const text = formatSummary(
      report([anomaly('error', 'encoding', 7, '第7行不是有效的 UTF-8')], [{ line: 12, reason: 'not in any record', text: '打印本页' }]),
    );
    expect(text).toContain(`  error: ${GAZETTE}:7: [encoding] 第7行不是有效的 UTF-8`);
    expect(text).toContain(`    LOST ${GAZETTE}:12: not in any record: 打印本页`);
    expect(text.endsWith('ingest FAILED: coverage below 100%, errors found, or permalinks not as recorded')).toBe(true);
  });
});
