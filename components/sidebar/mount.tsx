/**
 * Puts the sidebar on a page: a host element `data-rapport="sidebar"` with an OPEN shadow root
 * (tests and other suites find the cards through it), our styles inside, Preact rendering the model.
 *
 * - placement "dock" (help desk pages): the host is fixed to the window and placed around the reply
 *   box (placement.ts): collapsed, a badge inside the box's corner; open, a panel overlaying the
 *   largest band the box and its Send button leave free. The page's own layout is never touched.
 *   A second host, `data-rapport="popover"`, holds the card at the words.
 * - placement "inline" (extension pages such as practice mode): a block inside `container`.
 */
import { computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import type { SidebarModel } from './model';
import { Sidebar } from './Sidebar';
import { SIDEBAR_CSS } from './styles';
import { placeBadge, placePanel, placePopover, BADGE_SIZE, type AnchorBoxes, type Box } from './placement';
import { Popover, POPOVER_CSS, POPOVER_WIDTH } from './Popover';
import { shadowHost } from '../../lib/content/shadow-host';

export interface MountOptions {
  placement?: 'dock' | 'inline';
  /** Where the host element goes: defaults to <html> for "dock"; required for "inline". */
  container?: Element;
  document?: Document;
}

export interface PopoverControl {
  readonly host: HTMLElement;
  /** Show the card of finding `key` at its words (`words`: their rectangles, top-window pixels). */
  open(key: string, words: readonly Box[]): void;
  /** Close soon, unless the pointer or the keyboard is in the popover by then. */
  closeSoon(): void;
  close(): void;
  /** Key of the finding shown, or null. */
  readonly openKey: string | null;
}

export interface MountedSidebar {
  host: HTMLElement;
  shadow: ShadowRoot;
  /**
   * The focus shortcut: from the page into the popover when one is open, else into the sidebar
   * (expanding it); from either back to the reply box. Returns where the keyboard went.
   */
  toggleFocus(): 'sidebar' | 'popover' | 'editor';
  /** Where the reply box is now (dock only): the badge and panel are placed around it. */
  place(anchor: AnchorBoxes | null): void;
  /** True when an open panel fits beside the reply box at its full width. */
  roomy(): boolean;
  popover: PopoverControl;
  unmount(): void;
}

/** Where the keyboard lands in the panel: the current card's first button, else the first card's, else the panel. */
function focusTarget(shadow: ShadowRoot): HTMLElement | null {
  const card = shadow.querySelector('[data-rapport-finding][data-current="true"]') ?? shadow.querySelector('[data-rapport-finding]');
  return card?.querySelector<HTMLElement>('button:not([disabled])') ?? shadow.querySelector<HTMLElement>('aside');
}

/** Page CSS can't move or hide the hosts: their box is set inline with !important. */
function setBox(el: HTMLElement, box: Box | null): void {
  if (!box) {
    el.hidden = true;
    return;
  }
  el.hidden = false;
  for (const [prop, value] of [
    ['left', box.left],
    ['top', box.top],
    ['width', box.right - box.left],
    ['height', box.bottom - box.top],
  ] as const) {
    el.style.setProperty(prop, `${Math.round(value)}px`, 'important');
  }
}

function createHost(doc: Document, name: string, role: string, css: string): { host: HTMLElement; shadow: ShadowRoot; mountPoint: HTMLElement } {
  const { host, shadow } = shadowHost(doc, name, role, css);
  const mountPoint = doc.createElement('div');
  mountPoint.style.height = '100%';
  shadow.append(mountPoint);
  return { host, shadow, mountPoint };
}

export function mountSidebar(model: SidebarModel, options: MountOptions = {}): MountedSidebar {
  const doc = options.document ?? document;
  const placement = options.placement ?? 'dock';
  const container = options.container ?? (placement === 'dock' ? doc.documentElement : null);
  if (!container) throw new Error('mountSidebar: an inline sidebar needs a container element');
  const win = doc.defaultView;

  const { host, shadow, mountPoint } = createHost(doc, 'rapport-sidebar', 'sidebar', SIDEBAR_CSS);
  host.setAttribute('data-placement', placement);
  container.append(host);
  render(<Sidebar model={model} />, mountPoint);

  const anchor = signal<AnchorBoxes | null>(null);
  const viewport = signal({ width: win?.innerWidth ?? 0, height: win?.innerHeight ?? 0 });
  const panelPlace = computed(() => placePanel(viewport.value, anchor.value ? [...(anchor.value.editor ? [anchor.value.editor] : []), ...anchor.value.buttons] : []));

  const layout = (): void => {
    const collapsed = model.collapsed.value;
    host.toggleAttribute('data-collapsed', collapsed);
    if (placement !== 'dock') return;
    const size = viewport.value;
    if (collapsed) {
      // No reply box yet (a shortcut opened Rapport first): the window's bottom-right corner.
      const corner = { left: size.width - BADGE_SIZE - 16, top: size.height - BADGE_SIZE - 16, right: size.width - 16, bottom: size.height - 16 };
      setBox(host, anchor.value ? placeBadge(size, anchor.value.editor) : corner);
      return;
    }
    const place = panelPlace.value;
    host.setAttribute('data-side', place.side);
    setBox(host, place.box);
  };
  const stopLayout = effect(layout);
  const onResize = (): void => {
    viewport.value = { width: win?.innerWidth ?? 0, height: win?.innerHeight ?? 0 };
  };
  win?.addEventListener('resize', onResize);

  const popover = mountPopover(model, doc, container);

  let focusTimer: ReturnType<typeof setTimeout> | undefined;
  const toggleFocus = (): 'sidebar' | 'popover' | 'editor' => {
    if (doc.activeElement === host || doc.activeElement === popover.host) {
      popover.close();
      model.focusEditor();
      return 'editor';
    }
    if (popover.openKey) {
      popover.host.shadowRoot?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
      return 'popover';
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
    popover,
    place(next) {
      onResize();
      anchor.value = next;
    },
    roomy: () => panelPlace.peek().roomy,
    unmount() {
      clearTimeout(focusTimer);
      stopLayout();
      win?.removeEventListener('resize', onResize);
      popover.dispose();
      render(null, mountPoint);
      host.remove();
    },
  };
}

/** The popover host: one finding's card at its words, closed when the finding goes away. */
function mountPopover(model: SidebarModel, doc: Document, container: Element): PopoverControl & { dispose(): void } {
  const { host, shadow, mountPoint } = createHost(doc, 'rapport-popover', 'popover', POPOVER_CSS);
  host.hidden = true;
  container.append(host);
  const win = doc.defaultView;
  const openKey = signal<string | null>(null);
  let words: readonly Box[] = [];
  let hovered = false;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const close = (): void => {
    clearTimeout(closeTimer);
    openKey.value = null;
  };
  const finding = computed(() => (openKey.value ? (model.findings.value.find((f) => f.key === openKey.value) ?? null) : null));
  const position = (): void => {
    const size = { width: POPOVER_WIDTH, height: host.offsetHeight || 120 };
    const at = placePopover({ width: win?.innerWidth ?? 0, height: win?.innerHeight ?? 0 }, words, size);
    if (!at) return close();
    host.style.setProperty('left', `${Math.round(at.left)}px`, 'important');
    host.style.setProperty('top', `${Math.round(at.top)}px`, 'important');
  };
  const stop = effect(() => {
    const shown = finding.value;
    host.hidden = !shown;
    render(shown ? <Popover key={shown.key} finding={shown} model={model} busy={model.busy.value} onClose={close} /> : null, mountPoint);
    if (shown) position();
  });
  const onEnter = (e: Event): void => {
    if (!e.isTrusted) return;
    hovered = true;
    clearTimeout(closeTimer);
  };
  const onLeave = (e: Event): void => {
    if (!e.isTrusted) return;
    hovered = false;
    control.closeSoon();
  };
  host.addEventListener('mouseenter', onEnter);
  host.addEventListener('mouseleave', onLeave);
  const control = {
    host,
    get openKey() {
      return finding.peek()?.key ?? null;
    },
    open(key: string, at: readonly Box[]) {
      clearTimeout(closeTimer);
      words = at;
      if (openKey.peek() === key) position();
      else openKey.value = key;
    },
    closeSoon() {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        if (!hovered && doc.activeElement !== host && !shadow.activeElement) close();
      }, 300);
    },
    close,
    dispose() {
      clearTimeout(closeTimer);
      stop();
      render(null, mountPoint);
      host.remove();
    },
  };
  return control;
}
