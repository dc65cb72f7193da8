/**
 * Boot: read the URL parameters (bad ones dropped with a warning), load the language's core
 * words (and, in staff mode, its tools and the rest of the words), render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseParams } from './config/params';
import { loadCoreWords } from './i18n/load';
import { dirOf } from './i18n/languages';
import { loadDeferred } from './app/load-deferred';
import { CrisisBoundary, CrisisFallback } from './app/CrisisFallback';
import { App } from './app/App';
import { refusedInFrame } from './app/frame-guard';
import './styles/core.css';

const settings = parseParams(window.location.search);

// The accent has passed its schema (hex, 4.5:1 with white): safe to hand to CSS.
document.documentElement.style.setProperty('--accent', `#${settings.accent}`);

const root = document.getElementById('root')!;
// Framed by a page that is not the one embed.js named: nothing of the wizard runs, a static page
// offers to open the check in a tab of its own.
if (refusedInFrame(settings.parentOrigin)) location.replace('./frame-refused.html');
else boot();

function boot(): void {
  // If the words fail to load (a flaky network), try English; if that fails too, the crisis
  // numbers show rather than a blank page.
  const words = loadCoreWords(settings.lang)
    .catch(() => loadCoreWords('en'))
    .catch(() => null);
  // Staff start with their panel and shortcuts in place; if those fail, the app still starts and
  // fetches them again when needed.
  const staffTools =
    settings.mode === 'staff'
      ? loadDeferred(settings.lang).catch(() => null)
      : Promise.resolve(null);
  // Earlier versions kept self mode's answers in sessionStorage: take any such copy away.
  if (settings.mode === 'self' && !settings.embed)
    try {
      sessionStorage.removeItem('loc-wizard:v1');
    } catch {
      // Storage blocked: nothing can have been kept there either.
    }
  void Promise.all([words, staffTools]).then(([dictionary, deferred]) => {
    if (!dictionary) {
      createRoot(root).render(<CrisisFallback phone={settings.phone} />);
      return;
    }
    // Language and title change together, once the words are here: never Spanish lang on an
    // English title.
    document.documentElement.lang = dictionary.lang;
    document.documentElement.dir = dirOf(dictionary.lang);
    document.title = dictionary.app.title;
    createRoot(root).render(
      <StrictMode>
        <CrisisBoundary phone={settings.phone} words={dictionary}>
          <App settings={settings} dictionary={dictionary} deferred={deferred} />
        </CrisisBoundary>
      </StrictMode>,
    );
  });
}
