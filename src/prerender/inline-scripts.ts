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

export interface InlineScriptInput {
  /** document.title of the start screen, per language. */
  readonly titles: { readonly en: string; readonly es: string };
  /** Where "Leave this site" goes. */
  readonly neutralPage: string;
}

/**
 * In <head>: picks the language as the app would (the URL's `lang`, else the browser's first
 * language the app speaks, else English), marks <html> so CSS shows that prerendered copy, and
 * until the app takes over, keeps a Begin pressed early (the app starts at once when it loads;
 * nothing goes in the URL) and makes "Leave this site" work.
 */
export function headScript({ titles, neutralPage }: InlineScriptInput): string {
  const s = JSON.stringify;
  return `(function(){var d=document.documentElement;try{var q=new URLSearchParams(location.search),only=true,l=q.get("lang");q.forEach(function(v,k){if(k!=="lang")only=false});if(l!=="en"&&l!=="es"){l=null;var n=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language];for(var i=0;i<n.length&&!l;i++){var p=String(n[i]).toLowerCase().split(/[-_]/)[0];if(p==="en"||p==="es")l=p}l=l||"en"}d.setAttribute("data-lang",l);if(only){d.setAttribute("data-prerender",l);d.lang=l;document.title=l==="es"?${s(titles.es)}:${s(titles.en)}}}catch(e){}function pre(e,sel){var t=e.target;return t&&t.closest?t.closest(sel):null}document.addEventListener("submit",function(e){if(pre(e,"[data-prerendered]")){e.preventDefault();d.setAttribute(${s(EARLY_START_ATTRIBUTE)},"")}},true);document.addEventListener("click",function(e){if(pre(e,"[data-prerendered] .exit-button")){location.replace(${s(neutralPage)})}},true)})();`;
}

/**
 * At the end of <body>: swaps the Spanish copy in before the first paint when Spanish was
 * picked, then starts the app (`entry`), with the chosen language's core words (`coreWords`,
 * a chunk the app imports at once) fetched beside it rather than after it. When a prerendered screen shows, the app is fetched
 * and started only after that screen has painted: on a slow link the first paint shares the
 * network with nothing but the stylesheet, and evaluating the app never holds it up. (A Begin
 * pressed meanwhile is kept: see headScript.)
 */
export function bodyScript(
  entry: string,
  coreWords: { readonly en: string; readonly es: string },
): string {
  return `(function(){var d=document.documentElement,l=d.getAttribute("data-prerender");if(l==="es"){var t=document.getElementById("prerender-es"),r=document.getElementById("root");if(t&&r)r.replaceChildren(t.content.cloneNode(true))}function add(tag,attr,url,rel){var e=document.createElement(tag);if(rel)e.rel=rel;else e.type="module";e.crossOrigin="";e[attr]=url;document.head.appendChild(e)}function go(){var c=${JSON.stringify(coreWords)}[d.getAttribute("data-lang")];if(c)add("link","href",c,"modulepreload");add("script","src",${JSON.stringify(entry)})}if(l)requestAnimationFrame(function(){setTimeout(go,0)});else go()})();`;
}
