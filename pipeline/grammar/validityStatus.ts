// Whether a text is in force as of the site's update date — the status enum, in a module of
// its own so that the search page can import it without the schema (zod) or the grammar (OpenCC).
//   in-force — an end date is stated and not yet past (the last day still counts);
//   expired  — the stated end date is past (the textile opinion, 有效期暂定3年 from 2023-01-06);
//   not-yet  — it takes effect after that date;
//   unstated — no end date is stated (a document effective 自印发之日起 with no term).
export const VALIDITY_STATUSES = ['in-force', 'expired', 'not-yet', 'unstated'] as const;
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number];
