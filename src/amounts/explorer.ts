// <amount-explorer>, the /amounts/ page in the browser. The page holds the whole table
// (readable and complete without JavaScript); this element adds the filters (kind, place,
// a range in yuan), sorting (through <sortable-table>), a status line, and a CSV of exactly
// the rows in view, in their order. The state lives in the URL
// (/amounts/?kind=subsidy&sort=yuan&dir=descending), so a filtered view can be shared.
//
// The rows' data comes from the page as JSON (data-rows), the messages as data-messages.
import { parseAmountQuery } from '../../pipeline/grammar/moneyQuery.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import type { UIMessages } from '../i18n/zh-CN.ts';
import { amountsCsv, inYuanRange, type AmountRow } from '../lib/amountTable.ts';
import { SortableTable, type SortedDetail } from '../tables/sortable.ts';
import { required } from '../search/dom.ts';

/** The messages this element needs; the page sends exactly these. */
export type ExplorerMessages = Pick<UIMessages, 'amounts.status' | 'amounts.range.invalid'>;

/** A bound typed in yuan (1000000), or as money (100万, 1.5亿元); null for blank, NaN when unreadable. */
export function readBound(text: string): number | null {
  const s = text.replace(/[\s,，]/g, '');
  if (s === '') return null;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const q = parseAmountQuery(s);
  return q && q.currency === 'CNY' && q.max !== null && q.min === q.max ? q.min : NaN;
}

const FILTERS = ['kind', 'place', 'validity', 'min', 'max'] as const;

class AmountExplorer extends HTMLElement {
  #t!: Translate<ExplorerMessages>;
  #rows = new Map<string, AmountRow>();
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #table!: SortableTable;

  connectedCallback(): void {
    this.#t = translator(JSON.parse(this.dataset['messages'] ?? '{}') as ExplorerMessages);
    const rows = JSON.parse(this.dataset['rows'] ?? '[]') as AmountRow[];
    this.#rows = new Map(rows.map((r) => [r.key, r]));
    this.#form = required(this, 'form.explorer-filters', HTMLFormElement);
    this.#status = required(this, '.explorer-status', HTMLElement);
    this.#table = required(this, 'sortable-table', SortableTable);
    this.#form.hidden = false;

    const params = new URLSearchParams(location.search);
    for (const name of FILTERS) {
      const field = this.#field(name);
      const v = params.get(name);
      if (field && v !== null) field.value = v;
    }
    const sort = params.get('sort');
    const dir = params.get('dir');
    if (sort && (dir === 'ascending' || dir === 'descending')) this.#table.sortBy(sort, dir);
    this.#apply();

    this.#form.addEventListener('input', () => this.#apply(true));
    this.#form.addEventListener('change', () => this.#apply(true));
    this.#form.addEventListener('submit', (e) => e.preventDefault());
    this.#form.addEventListener('reset', () => setTimeout(() => this.#apply(true)));
    this.addEventListener('sorted', (e) => this.#remember((e as CustomEvent<SortedDetail>).detail));
    required(this, 'button[data-csv]', HTMLButtonElement).addEventListener('click', () => this.#download());
  }

  #field(name: (typeof FILTERS)[number]): HTMLInputElement | HTMLSelectElement | null {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  }

  #bound(name: 'min' | 'max'): number | null | 'invalid' {
    const field = this.#field(name) as HTMLInputElement;
    const v = readBound(field.value);
    const bad = Number.isNaN(v);
    field.setAttribute('aria-invalid', String(bad));
    return bad ? 'invalid' : v;
  }

  #apply(write = false): void {
    const kind = this.#field('kind')?.value ?? '';
    const place = this.#field('place')?.value ?? '';
    const validity = this.#field('validity')?.value ?? '';
    const min = this.#bound('min');
    const max = this.#bound('max');
    // An unreadable bound filters nothing (and says so) rather than hiding every row.
    const lo = min === 'invalid' ? null : min;
    const hi = max === 'invalid' ? null : max;
    const invalid = min === 'invalid' || max === 'invalid';
    const note = required(this, '.explorer-invalid', HTMLElement);
    note.hidden = !invalid;
    note.textContent = invalid ? this.#t('amounts.range.invalid') : '';
    let shown = 0;
    const body = this.#table.querySelector('tbody')!;
    for (const tr of body.rows) {
      const row = this.#rows.get(tr.dataset['key'] ?? '');
      const keep =
        !!row &&
        (kind === '' || row.kind === kind) &&
        (place === '' || row.place.id === place) &&
        (validity === '' || (row.validity.status ?? 'unstated') === validity) &&
        inYuanRange(row, lo, hi);
      tr.hidden = !keep;
      if (keep) shown++;
    }
    this.#status.textContent = this.#t('amounts.status', { shown, total: this.#rows.size });
    if (write) this.#remember(null);
  }

  /** The state in the URL, replacing the entry: filtering is not a page to go back to. */
  #remember(sorted: SortedDetail | null): void {
    const url = new URL(location.href);
    for (const name of FILTERS) {
      const v = this.#field(name)?.value.trim() ?? '';
      if (v) url.searchParams.set(name, v);
      else url.searchParams.delete(name);
    }
    if (sorted) {
      url.searchParams.set('sort', sorted.key);
      url.searchParams.set('dir', sorted.direction);
    }
    history.replaceState(null, '', url.pathname + url.search);
  }

  /** Exactly the rows in view, in the order shown. */
  visibleRows(): AmountRow[] {
    const body = this.#table.querySelector('tbody')!;
    return [...body.rows].filter((tr) => !tr.hidden).flatMap((tr) => this.#rows.get(tr.dataset['key'] ?? '') ?? []);
  }

  #download(): void {
    const csv = amountsCsv(this.visibleRows(), location.origin);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.download = 'amounts-view.csv';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }
}

customElements.define('amount-explorer', AmountExplorer);
