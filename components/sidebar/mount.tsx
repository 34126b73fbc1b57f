/**
 * Puts the sidebar on a page: a host element `data-rapport="sidebar"` with an OPEN shadow root
 * (tests and other suites find the cards through it), our styles inside, Preact rendering the model.
 *
 * - placement "dock" (help desk pages): fixed at the right edge; while expanded on a wide window it
 *   shifts the page left by its width (margin on <html>, restored on collapse) so the composer
 *   stays uncovered.
 * - placement "inline" (extension pages such as practice mode): a block inside `container`.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import type { SidebarModel } from './model';
import { Sidebar } from './Sidebar';
import { SIDEBAR_CSS, SIDEBAR_WIDTH } from './styles';

export interface MountOptions {
  placement?: 'dock' | 'inline';
  /** Where the host element goes: defaults to <html> for "dock"; required for "inline". */
  container?: Element;
  document?: Document;
}

export interface MountedSidebar {
  host: HTMLElement;
  shadow: ShadowRoot;
  /**
   * The focus shortcut: from the page into the sidebar (expanding it), from the sidebar back to the
   * reply box. Returns where the keyboard went.
   */
  toggleFocus(): 'sidebar' | 'editor';
  unmount(): void;
}

/** Where the keyboard lands in the panel: the current card's first button, else the first card's, else the panel. */
function focusTarget(shadow: ShadowRoot): HTMLElement | null {
  const card = shadow.querySelector('[data-rapport-finding][data-current="true"]') ?? shadow.querySelector('[data-rapport-finding]');
  return card?.querySelector<HTMLElement>('button:not([disabled])') ?? shadow.querySelector<HTMLElement>('aside');
}

/** Below this window width the docked sidebar overlays the page instead of shifting it. */
const MIN_WIDTH_TO_SHIFT = 900;

export function mountSidebar(model: SidebarModel, options: MountOptions = {}): MountedSidebar {
  const doc = options.document ?? document;
  const placement = options.placement ?? 'dock';
  const container = options.container ?? (placement === 'dock' ? doc.documentElement : null);
  if (!container) throw new Error('mountSidebar: an inline sidebar needs a container element');

  const host = doc.createElement('rapport-sidebar');
  host.setAttribute('data-rapport', 'sidebar');
  host.setAttribute('data-placement', placement);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SIDEBAR_CSS;
  shadow.append(style);
  const mountPoint = doc.createElement('div');
  mountPoint.style.height = '100%';
  shadow.append(mountPoint);
  container.append(host);
  render(<Sidebar model={model} />, mountPoint);

  const html = doc.documentElement;
  const originalMargin = html.style.getPropertyValue('margin-right');
  const originalPriority = html.style.getPropertyPriority('margin-right');
  let shifted = false;
  const restoreMargin = (): void => {
    if (!shifted) return;
    shifted = false;
    if (originalMargin) html.style.setProperty('margin-right', originalMargin, originalPriority);
    else html.style.removeProperty('margin-right');
  };
  const layout = (collapsed: boolean): void => {
    host.toggleAttribute('data-collapsed', collapsed);
    if (placement !== 'dock') return;
    const wide = (doc.defaultView?.innerWidth ?? 0) >= MIN_WIDTH_TO_SHIFT;
    if (!collapsed && wide) {
      shifted = true;
      html.style.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
    } else {
      restoreMargin();
    }
  };
  const stopLayout = effect(() => layout(model.collapsed.value));
  const onResize = (): void => layout(model.collapsed.peek());
  doc.defaultView?.addEventListener('resize', onResize);

  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  const toggleFocus = (): 'sidebar' | 'editor' => {
    if (doc.activeElement === host) {
      model.focusEditor();
      return 'editor';
    }
    model.collapsed.value = false;
    // Expanding renders the panel on Preact's next tick: focus once it is there.
    clearTimeout(focusTimer);
    focusTimer = setTimeout(() => focusTarget(shadow)?.focus(), 0);
    return 'sidebar';
  };

  return {
    host,
    shadow,
    toggleFocus,
    unmount() {
      clearTimeout(focusTimer);
      stopLayout();
      doc.defaultView?.removeEventListener('resize', onResize);
      render(null, mountPoint);
      host.remove();
      restoreMargin();
    },
  };
}
