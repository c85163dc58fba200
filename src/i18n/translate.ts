// Formatting the messages of the UI dictionary (zh-CN.ts), the way Starlight's `t()` does:
// a key, and `{name}` placeholders filled from params. A sentence that needs a link or a
// piece of code inside it keeps it in the message — `并在[数据质量](/quality/)页列出`,
// `形如 \`/docs/文件标识/条目/\`` — so the sentence stays whole for whoever edits it.
//
// Written by hand: the two bits of markup are all we need, and a Markdown parser would be
// the largest thing in the search page's bundle (the search client formats messages too).
// Params are filled in after the markup is read, so a value holding `[` or `` ` `` (a
// reader's query) is always plain text, and is escaped wherever it is rendered.

export type Param = string | number;

/** The `{name}` placeholders of a message type: ParamNames<'找到 {count} 条'> = 'count'. */
export type ParamNames<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;

/** The params argument a message needs: none, or an object with exactly its placeholders. */
export type ParamsOf<S> = [ParamNames<S>] extends [never] ? [] : [params: Record<ParamNames<S>, Param>];

/** One piece of a formatted message. */
export type Part = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string } | { kind: 'code'; text: string };

export type Messages = Readonly<Record<string, string>>;

export interface Translate<M extends Messages> {
  /** The message as plain text (a link or code piece contributes its text). */
  <K extends keyof M & string>(key: K, ...params: ParamsOf<M[K]>): string;
  /** The message as parts, for a template that renders links and code. */
  parts<K extends keyof M & string>(key: K, ...params: ParamsOf<M[K]>): Part[];
  /**
   * parts() with the params checked only at run time (a missing one throws), for a
   * component that takes any key as a prop (components/Message.astro).
   */
  partsOf(key: keyof M & string, params?: Readonly<Record<string, Param>>): Part[];
}

const MARKUP = /\[([^\]]*)\]\(([^)\s]*)\)|`([^`]*)`/g;
const PLACEHOLDER = /\{([A-Za-z][\w]*)\}/g;

function fill(key: string, text: string, params: Readonly<Record<string, Param>> | undefined): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`t("${key}"): no value for {${name}}`);
    return String(value);
  });
}

/** The parts of a message, placeholders filled. */
export function formatParts(key: string, message: string, params?: Readonly<Record<string, Param>>): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of message.matchAll(MARKUP)) {
    if (m.index > at) parts.push({ kind: 'text', text: fill(key, message.slice(at, m.index), params) });
    if (m[3] !== undefined) parts.push({ kind: 'code', text: fill(key, m[3], params) });
    else parts.push({ kind: 'link', text: fill(key, m[1]!, params), href: fill(key, m[2]!, params) });
    at = m.index + m[0].length;
  }
  if (at < message.length) parts.push({ kind: 'text', text: fill(key, message.slice(at), params) });
  return parts;
}

/** A `t()` over a dictionary. */
export function translator<M extends Messages>(messages: M): Translate<M> {
  const message = (key: string): string => {
    const m = Object.hasOwn(messages, key) ? messages[key] : undefined;
    if (m === undefined) throw new Error(`t("${key}"): no such message`);
    return m;
  };
  const parts = (key: string, params?: Readonly<Record<string, Param>>) => formatParts(key, message(key), params);
  const t = (key: string, params?: Readonly<Record<string, Param>>) =>
    parts(key, params)
      .map((p) => p.text)
      .join('');
  // The overloads of Translate cannot be spelled on a plain function; this is the one cast.
  return Object.assign(t, { parts, partsOf: parts }) as Translate<M>;
}
