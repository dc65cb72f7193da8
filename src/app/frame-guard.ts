/**
 * In a frame, the wizard runs only for the page that embed.js named as its parent: where the
 * browser says who frames it (`location.ancestorOrigins`, Chromium and WebKit), that must be
 * `parentOrigin`. A page that lies about it gets no answers and no events (public/frame-refused.html).
 */
export function refusedInFrame(parentOrigin: string | null, win: Window = window): boolean {
  if (win.parent === win) return false;
  const ancestors = (win.location as Partial<Location>).ancestorOrigins;
  // "null": the browser masks the origin (Firefox, for our no-referrer frame): nothing to check.
  const parent = ancestors?.[0];
  return !parentOrigin || (!!parent && parent !== 'null' && parent !== parentOrigin);
}
