/**
 * Boot: read the URL parameters (bad ones dropped with a warning), load the language, render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseParams } from './config/params';
import { loadDictionary } from './i18n/load';
import { App } from './app/App';
import './styles.css';

const params = parseParams(window.location.search);
const settings = { ...params, persist: params.mode === 'self' && !params.embed };

// The accent has passed its schema (hex, 4.5:1 with white): safe to hand to CSS.
document.documentElement.style.setProperty('--accent', `#${settings.accent}`);
document.documentElement.lang = settings.lang;

const root = document.getElementById('root')!;
void loadDictionary(settings.lang).then((dictionary) => {
  createRoot(root).render(
    <StrictMode>
      <App settings={settings} dictionary={dictionary} />
    </StrictMode>,
  );
});
