import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { centerConfig } from './src/config/center';
import { formatPhone, telHref } from './src/config/phone';

/** Fills index.html's no-JavaScript fallback from the one center configuration file. */
function centerInHtml(): Plugin {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const values: Record<string, string> = {
    CENTER_NAME: escape(centerConfig.name),
    CENTER_TEL: escape(telHref(centerConfig.phone)),
    CENTER_PHONE: escape(formatPhone(centerConfig.phone)),
  };
  return {
    name: 'center-in-html',
    transformIndexHtml: (html) =>
      html.replace(/%(CENTER_\w+)%/g, (m, key: string) => values[key] ?? m),
  };
}

export default defineConfig({
  plugins: [react(), centerInHtml()],
  build: {
    target: 'es2020',
    sourcemap: false,
  },
  server: { host: 'localhost', port: 5173 },
});
