// Currencies as Chinese text names them. Each is kept as itself: a figure in 港币 is
// HKD, never silently 人民币. `元` alone is the renminbi (`人民币` names it explicitly);
// every other currency is named in full (美元, 港元/港币, 新台币 …).
//
// Used by the text extractor and by the search box, so it stays small and pure.

export const CURRENCIES = [
  'CNY',
  'USD',
  'HKD',
  'EUR',
  'JPY',
  'GBP',
  'TWD',
  'KRW',
  'AUD',
  'CAD',
  'SGD',
  'CHF',
  'RUB',
  'THB',
  'MOP',
] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * The names a text uses for each currency. The first name is the unit a figure in that
 * currency is written with (`5万元`, `300万美元`); 人民币, 港币 … also stand before a figure
 * (人民币5万元, 港币两千九百六十元).
 */
export const CURRENCY_NAMES = {
  CNY: ['元', '圆', '人民币'],
  USD: ['美元', '美金'],
  HKD: ['港元', '港币'],
  EUR: ['欧元'],
  JPY: ['日元', '日币'],
  GBP: ['英镑'],
  TWD: ['新台币', '台币'],
  KRW: ['韩元', '韩币'],
  AUD: ['澳元', '澳币', '澳大利亚元'],
  CAD: ['加元', '加拿大元'],
  SGD: ['新加坡元'],
  CHF: ['瑞士法郎'],
  RUB: ['卢布'],
  THB: ['泰铢'],
  MOP: ['澳门元', '澳门币'],
} as const satisfies Record<Currency, readonly string[]>;

const CODE_OF_NAME: ReadonlyMap<string, Currency> = new Map(
  CURRENCIES.flatMap((code) => CURRENCY_NAMES[code].map((name): [string, Currency] => [name, code])),
);

/** The currency a name stands for: 港币 → HKD, 元 → CNY; null for anything else. */
export function currencyOfName(name: string): Currency | null {
  return CODE_OF_NAME.get(name) ?? null;
}

/** The plain renminbi unit names, which a following foreign name overrides (三万元欧元 is 欧元). */
export function isGenericYuan(name: string): boolean {
  return name === '元' || name === '圆';
}

const ALL_NAMES = [...CODE_OF_NAME.keys()].sort((a, b) => b.length - a.length);

// A name ending in 元 followed by one of these is another word: 元旦 (1月1日元旦 is not
// 1 日元), 元宵, 元素, 一元化, 元器件, 元件, 元首. 圆 is money only as a unit of 大写 figures
// (肆佰叁拾萬圆整), never in 圆满 or 圆形.
const NOT_AFTER_YUAN = '旦宵素化器件首帅';

/** A regular-expression source matching any currency name at a figure's end, longest first. */
export const CURRENCY_NAME_PATTERN = `(?:${ALL_NAMES.map((n) => (n === '圆' ? `圆(?![满形周桌梦润])` : n.endsWith('元') ? `${n}(?![${NOT_AFTER_YUAN}])` : n)).join('|')})`;

/** Names that may stand before a figure (人民币3万元, 港币两千九百六十元, 新台币177.1亿元): not a bare 元/圆. */
export const CURRENCY_PREFIX_PATTERN = `(?:${ALL_NAMES.filter((n) => !isGenericYuan(n)).join('|')})`;
