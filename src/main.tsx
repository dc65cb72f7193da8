/**
 * Boot: read the URL parameters (bad ones dropped with a warning), load the language, render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseParams } from './config/params';
import { en, loadDictionary } from './i18n/load';
import { CrisisBoundary } from './app/CrisisFallback';
import { App } from './app/App';
import './styles.css';

const params = parseParams(window.location.search);
const settings = { ...params, persist: params.mode === 'self' && !params.embed };

// The accent has passed its schema (hex, 4.5:1 with white): safe to hand to CSS.
document.documentElement.style.setProperty('--accent', `#${settings.accent}`);

const root = document.getElementById('root')!;
// If the Spanish words fail to load (a flaky network), carry on in English rather than blank.
const words = loadDictionary(settings.lang).catch(() => en);
void words.then((dictionary) => {
  // Language and title change together, once the words are here: never Spanish lang on an
  // English title.
  document.documentElement.lang = dictionary.lang;
  document.title = dictionary.app.title;
  createRoot(root).render(
    <StrictMode>
      <CrisisBoundary phone={settings.phone}>
        <App settings={settings} dictionary={dictionary} />
      </CrisisBoundary>
    </StrictMode>,
  );
});
