import { createContext, useContext } from 'react';
import type { AppConfig } from '../config/params';

/** What the page was opened with (URL parameters over the center's defaults). */
export type Settings = AppConfig;

export const SettingsContext = createContext<Settings | null>(null);

export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings() outside <SettingsContext.Provider>');
  return settings;
}
