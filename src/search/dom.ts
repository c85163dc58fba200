// Typed element lookup for the search page: the element, of the expected class, or a clear
// error naming what is missing — instead of `as HTMLInputElement` casts that fail later,
// somewhere else, as “cannot read properties of null”.

type ElementClass<T extends Element> = abstract new (...args: never[]) => T;

/** The first element matching `selector` under `root`; throws unless there is one and it is a `type`. */
export function required<T extends Element>(root: ParentNode, selector: string, type: ElementClass<T>): T {
  const el = root.querySelector(selector);
  if (el === null) throw new Error(`search page: no element matches ${selector}`);
  if (!(el instanceof type)) throw new Error(`search page: ${selector} is a <${el.tagName.toLowerCase()}>, expected ${type.name}`);
  return el;
}

/** The closest ancestor-or-self of an event's target that matches `selector` and is a `type`, or null. */
export function closestTarget<T extends Element>(event: Event, selector: string, type: ElementClass<T>): T | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const el = target.closest(selector);
  return el instanceof type ? el : null;
}
