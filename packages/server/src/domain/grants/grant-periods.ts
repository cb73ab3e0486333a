/** Defaults from procedure.3 as the council applies it: a year's access, reviewed every six months. */
export const GRANT_TERM_MONTHS = 12;
export const GRANT_REVIEW_MONTHS = 6;

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}
