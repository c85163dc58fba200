// <sortable-table>: a table whose columns a reader can sort. Without JavaScript the table
// is all there, in the order the page printed it; with it, each header marked
// `data-sort="number"` or `data-sort="text"` becomes a button, and aria-sort on the header
// says which column is sorted and which way. A cell sorts by its `data-value` when it has
// one (the yuan behind 50万元), else by its text.
//
// The element announces each sort with a `sorted` event ({ key, direction }), so a page can
// keep the order in its URL, and sorts on request (sortBy), for a page loaded with one.
import { nextDirection, sortRows, sortValue, type Direction, type SortKind } from './sort.ts';

export interface SortedDetail {
  key: string;
  direction: Direction;
}

const isKind = (v: string | undefined): v is SortKind => v === 'number' || v === 'text';

export class SortableTable extends HTMLElement {
  connectedCallback(): void {
    for (const th of this.#headers()) {
      if (th.querySelector('button')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const current = th.getAttribute('aria-sort');
        const direction = nextDirection(
          th.dataset['sort'] as SortKind,
          current === 'ascending' || current === 'descending' ? current : null,
        );
        this.sortBy(th.dataset['key'] ?? String(th.cellIndex), direction);
      });
    }
  }

  #headers(): HTMLTableCellElement[] {
    return [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')].filter((th) => isKind(th.dataset['sort']));
  }

  /** Sort by the column with this data-key (or index); false when there is none. */
  sortBy(key: string, direction: Direction): boolean {
    const th = this.#headers().find((h) => (h.dataset['key'] ?? String(h.cellIndex)) === key);
    const body = this.querySelector('tbody');
    if (!th || !body) return false;
    const kind = th.dataset['sort'] as SortKind;
    const column = th.cellIndex;
    const rows = sortRows(
      [...body.rows],
      (row) => {
        const cell = row.cells[column];
        return sortValue(cell?.dataset['value'] ?? cell?.textContent ?? '', kind);
      },
      direction,
    );
    body.append(...rows);
    for (const h of this.#headers()) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', direction);
    this.dispatchEvent(new CustomEvent<SortedDetail>('sorted', { detail: { key, direction }, bubbles: true }));
    return true;
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
