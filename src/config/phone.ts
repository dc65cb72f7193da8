/**
 * Phone numbers: E.164 for storage and links, a familiar format for display. The E.164 rule
 * itself is in ./checks.
 */

/** "+19492808360" → "(949) 280-8360". Other countries are shown as E.164: grouping them right needs per-country rules. */
export function formatPhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : e164;
}

/** Digits with at most a leading "+": whatever string comes in, the link can't carry anything else. */
function dialable(number: string): string {
  const plus = number.trim().startsWith('+') ? '+' : '';
  return plus + number.replace(/\D/g, '');
}

/** "tel:+19492808360"; also short codes such as "tel:988". */
export function telHref(number: string): string {
  return `tel:${dialable(number)}`;
}

/** "sms:988". */
export function smsHref(number: string): string {
  return `sms:${dialable(number)}`;
}
