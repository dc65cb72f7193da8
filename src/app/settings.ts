import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/params';

/** What the page was opened with (URL parameters over the center's defaults). */
export interface Settings extends AppConfig {
  /** Where answers may be kept: sessionStorage in self mode outside a frame, else memory. */
  readonly persist: boolean;
}

/** Storage follows the mode: only self mode outside a partner's frame keeps a saved copy. */
export function toSettings(config: AppConfig): Settings {
  return { ...config, persist: config.mode === 'self' && !config.embed };
}

export const SettingsContext = createContext<Settings | null>(null);

export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings() outside <SettingsContext.Provider>');
  return settings;
}
