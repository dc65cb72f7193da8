/**
 * The two small inline scripts of the prerendered index.html (see scripts/prerender.tsx). They
 * run before the app's JavaScript arrives, so they are plain ES5 and tiny, and each is allowed
 * by its hash in the CSP (no 'unsafe-inline').
 *
 * The prerendered start screen is the default one: default center, number and colour. It is
 * shown only when the page would render exactly that: a URL with no parameter but `lang`.
 * Anything else (another number, staff mode, an embed...) waits for the app, so a wrong phone
 * number never shows, not even for a moment.
 */
import { EARLY_START_ATTRIBUTE } from './early-start';
import { LANGUAGES } from '../i18n/languages';
import type { Lang } from '../i18n/types';

export interface InlineScriptInput {
  /** The languages the build offers, in the registry's order (src/i18n/languages.ts). */
  readonly offered: readonly Lang[];
  /** document.title of the start screen, per offered language. */
  readonly titles: { readonly [L in Lang]?: string };
  /** Where "Leave this site" goes. */
  readonly neutralPage: string;
}

/**
 * In <head>: picks the language as the app would (the URL's `lang` when the build offers it,
 * else the browser's first language the build offers, matched as matchLanguage() in
 * src/i18n/languages.ts does, else English), marks <html> so CSS shows that prerendered copy and
 * sets its `lang` and `dir`, and until the app takes over, keeps a Begin pressed early (the app
 * starts at once when it loads; nothing goes in the URL) and makes "Leave this site" work.
 */
export function headScript({ offered, titles, neutralPage }: InlineScriptInput): string {
  const s = JSON.stringify;
  const rtl = offered.filter((tag) => LANGUAGES[tag].dir === 'rtl');
  return `(function(){var d=document.documentElement,L=${s(offered)},R=${s(rtl)},T=${s(titles)};function m(t){var p=String(t).toLowerCase().split(/[-_]/),a=p[0];if(a==="zh")a=p.indexOf("hans")<0&&(p.indexOf("hant")>=0||p.indexOf("tw")>=0||p.indexOf("hk")>=0||p.indexOf("mo")>=0)?"zh-Hant":"zh-Hans";return L.indexOf(a)>=0?a:null}try{var q=new URLSearchParams(location.search),only=true,l=q.get("lang");q.forEach(function(v,k){if(k!=="lang")only=false});if(L.indexOf(l)<0){l=null;var n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];for(var i=0;i<n.length&&!l;i++)l=m(n[i]);l=l||"en"}d.setAttribute("data-lang",l);if(only){d.setAttribute("data-prerender",l);d.lang=l;d.dir=R.indexOf(l)>=0?"rtl":"ltr";document.title=T[l]}}catch(e){}function pre(e,sel){var t=e.target;return t&&t.closest?t.closest(sel):null}document.addEventListener("submit",function(e){if(pre(e,"[data-prerendered]")){e.preventDefault();d.setAttribute(${s(EARLY_START_ATTRIBUTE)},"")}},true);document.addEventListener("click",function(e){if(pre(e,"[data-prerendered] .exit-button")){location.replace(${s(neutralPage)})}},true)})();`;
}

/**
 * At the end of <body>: swaps the chosen language's copy (a <template id="prerender-<tag>">) in
 * before the first paint when it isn't the default one already in #root (if there is none, no
 * copy shows and the app renders), then starts the app (`entry`), with the chosen language's
 * core words (`coreWords`, a chunk the app imports at once) fetched beside it rather than after
 * it. When a prerendered screen shows, the app is fetched and started only after that screen has
 * painted: on a slow link the first paint shares the network with nothing but the stylesheet, and
 * evaluating the app never holds it up. (A Begin pressed meanwhile is kept: see headScript.)
 */
export function bodyScript(
  entry: string,
  coreWords: { readonly [L in Lang]?: string },
  shown: Lang,
): string {
  return `(function(){var d=document.documentElement,l=d.getAttribute("data-prerender");if(l&&l!==${JSON.stringify(shown)}){var t=document.getElementById("prerender-"+l),r=document.getElementById("root");if(t&&r)r.replaceChildren(t.content.cloneNode(true));else{d.removeAttribute("data-prerender");l=null}}function add(tag,attr,url,rel){var e=document.createElement(tag);if(rel)e.rel=rel;else e.type="module";e.crossOrigin="";e[attr]=url;document.head.appendChild(e)}function go(){var c=${JSON.stringify(coreWords)}[d.getAttribute("data-lang")];if(c)add("link","href",c,"modulepreload");add("script","src",${JSON.stringify(entry)})}if(l)requestAnimationFrame(function(){setTimeout(go,0)});else go()})();`;
}
