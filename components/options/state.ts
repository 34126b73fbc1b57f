/** The options page's view of the settings: loaded from extension storage and kept fresh by storage.onChanged. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { mergePolicy, type EffectiveSettings } from '../../lib/policy/merge';
import { loadState, subscribeState, type ChangeEvents, type SettingsState, type StorageArea } from '../../lib/settings/store';

export const settingsArea = (): StorageArea => browser.storage.local as unknown as StorageArea;

export interface OptionsState extends SettingsState {
  effective: EffectiveSettings;
}

export function useOptionsState(): { state: OptionsState | null; error: string | null } {
  const [state, setState] = useState<OptionsState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      loadState(settingsArea()).then(
        (s) => {
          if (live) setState({ ...s, effective: mergePolicy(s.settings, s.packs, s.policy) });
        },
        (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
      );
    void load();
    const stop = subscribeState(browser.storage.onChanged as unknown as ChangeEvents, () => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return { state, error };
}

/** Runs a change; returns the error message (or null) so the section can show it next to the control. */
export async function attempt(what: () => Promise<unknown>): Promise<string | null> {
  try {
    await what();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
