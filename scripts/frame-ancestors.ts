/**
 * The host's frame-ancestors, generated from the center config's `partners` (contract v1.3), so
 * a center never hand-edits public/_headers per partner: the page itself, then each partner's
 * origin. Used by scripts/prerender.tsx when it writes dist/_headers.
 */
export function withFrameAncestors(
  headers: string,
  partners: readonly { readonly origin: string }[],
): string {
  const directive = ["frame-ancestors 'self'", ...partners.map((p) => p.origin)].join(' ');
  // In the Content-Security-Policy line only (a comment may name the directive too).
  const csp = /^(\s*Content-Security-Policy:[^\n]*?)frame-ancestors [^;\n]*/m;
  if (!csp.test(headers)) throw new Error('_headers has no frame-ancestors directive to fill');
  return headers.replace(csp, (_m, before: string) => before + directive);
}
