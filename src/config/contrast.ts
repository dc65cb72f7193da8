/** WCAG 2 contrast of white text on an accent colour, so a center or partner can't pick one that fails. */

/** A 6-digit hex colour without `#`, either case. */
export const HEX6 = /^[0-9a-f]{6}$/i;

/** The minimum contrast for body text (WCAG 2 AA). */
export const MIN_CONTRAST = 4.5;

function linear(channel: number): number {
  const s = channel / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a 6-digit hex colour without `#`; NaN if it isn't one. */
export function relativeLuminance(hex: string): number {
  if (!HEX6.test(hex)) return NaN;
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(hex.slice(i, i + 2), 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of white on `hex` (1 to 21); NaN if `hex` isn't a 6-digit hex colour. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

export function isUsableAccent(hex: string): boolean {
  return contrastWithWhite(hex) >= MIN_CONTRAST; // NaN compares false
}
