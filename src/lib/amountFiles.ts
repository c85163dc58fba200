// The amount files of this build, computed once for all the routes that write them.
import { loadData } from './data.ts';
import { buildAmountFiles, type AmountFiles } from '../search/amountIndexBuild.ts';

let files: Promise<AmountFiles> | null = null;

export function amountFiles(): Promise<AmountFiles> {
  files ??= loadData().then(buildAmountFiles);
  return files;
}
