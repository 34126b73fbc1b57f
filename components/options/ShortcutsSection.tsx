/** Keyboard shortcuts: what each one does and the key the browser has for it now. */
import { Shortcuts } from '../shared/Shortcuts';

export function ShortcutsSection() {
  return (
    <section aria-labelledby="shortcuts-title" data-section="shortcuts">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p class="hint">They work in any tab where Rapport is coaching. The browser keeps them, so a key you set there shows here.</p>
      <Shortcuts />
    </section>
  );
}
