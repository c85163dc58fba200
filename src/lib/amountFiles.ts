// The amount files of this build, and the passages they are made with, computed once for all
// the routes that write them.
import { loadData } from './data.ts';
import { buildAmountFiles, type AmountFiles } from '../search/amountIndexBuild.ts';
import { searchPassages, type Passage } from '../search/passages.ts';
import { t } from '../i18n/zh-CN.ts';

let passages: Promise<Passage[]> | null = null;
let files: Promise<AmountFiles> | null = null;

/** The searchable texts that are not measures (chain pages, section headings): passages.ts. */
export function sitePassages(): Promise<Passage[]> {
  passages ??= loadData().then((data) =>
    searchPassages({ ...data, chainTitle: (p) => t('common.centralPolicyTitled', { number: p.number, title: p.title }) }),
  );
  return passages;
}

export function amountFiles(): Promise<AmountFiles> {
  files ??= Promise.all([loadData(), sitePassages()]).then(([data, p]) => buildAmountFiles(data, p));
  return files;
}
