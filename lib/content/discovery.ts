/**
 * Finds the reply box the agent is in, from the top frame only: focus events in the capture phase
 * (their composed path reaches into open shadow roots), on the page and on every same-origin /
 * about:blank / about:srcdoc iframe document, reached through `contentDocument`. Frames are bound
 * again when they load (CKEditor 4 and TinyMCE rewrite their frame's document, which drops
 * listeners), and a throttled MutationObserver notices new frames and composers that vanish.
 */
import { editableRootOf } from '../editing';

export interface DiscoveryCallbacks {
  /** Focus landed in (or inside) this editable root. */
  onEditor(root: HTMLElement): void;
  /** The page changed its DOM (SPA composer swaps): re-validate the current editor. */
  onMutation(): void;
  /** A click on the page (mode tabs, not our own UI): the draft's context may have changed. */
  onClick(): void;
}

export interface Discovery {
  /** The editable root that has focus now, looking through frames and shadow roots. */
  activeEditor(): HTMLElement | null;
  stop(): void;
}

const MUTATION_THROTTLE_MS = 250;

function isElement(value: unknown): value is Element {
  return !!value && typeof value === 'object' && (value as Node).nodeType === 1;
}

function isFrame(element: Element): element is HTMLIFrameElement {
  return element.tagName === 'IFRAME' || element.tagName === 'FRAME';
}

/** The frame's document when we may reach it (same origin), else null. */
function reachableDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The focused element, descending through open shadow roots and reachable frames. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  for (let guard = 0; el && guard < 32; guard++) {
    if (el.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      continue;
    }
    if (isFrame(el)) {
      const inner = reachableDocument(el);
      if (inner?.activeElement && inner.activeElement !== inner.body) {
        el = inner.activeElement;
        continue;
      }
      // A designMode / contenteditable body is the editor itself (CKEditor 4, TinyMCE).
      if (inner?.body && (inner.designMode === 'on' || inner.body.isContentEditable)) return inner.body;
      return el;
    }
    break;
  }
  return el;
}

export function startDiscovery(top: Document, callbacks: DiscoveryCallbacks, ignore: (el: Element) => boolean): Discovery {
  const observers = new Map<Document, MutationObserver>();
  let throttle: ReturnType<typeof setTimeout> | undefined;

  const considerTarget = (target: EventTarget | null | undefined): void => {
    if (!isElement(target) || ignore(target)) return;
    const root = editableRootOf(target);
    if (root) callbacks.onEditor(root);
  };

  /** What has focus now, through frames and shadow roots. */
  const considerActive = (): void => {
    const active = deepActiveElement(top);
    if (active) considerTarget(active);
  };

  const onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0] ?? event.target;
    // Focus given to a frame element lands on whatever its document focused earlier (a desk's
    // frame that focused its composer while loading): look inside.
    if (isElement(target) && isFrame(target)) considerActive();
    else considerTarget(target);
  };

  const onLoad = (event: Event): void => {
    const target = event.target;
    if (isElement(target) && isFrame(target)) {
      const doc = reachableDocument(target);
      if (doc) bind(doc);
      // The frame may have focused its composer before we could listen to it.
      considerActive();
    }
  };

  const onClick = (event: Event): void => {
    const target = event.composedPath()[0] ?? event.target;
    if (isElement(target) && ignore(target)) return;
    callbacks.onClick();
  };

  const onMutations = (): void => {
    if (throttle) return;
    throttle = setTimeout(() => {
      throttle = undefined;
      scanFrames(top);
      callbacks.onMutation();
    }, MUTATION_THROTTLE_MS);
  };

  // Focus moving into an iframe blurs the outer window: look at what got focus inside it.
  const onWindowBlur = (): void => {
    setTimeout(considerActive, 0);
  };

  function bind(doc: Document): void {
    // Same function objects each time: addEventListener ignores duplicates, and re-adding after a
    // frame rewrote its document restores what document.open() erased.
    doc.addEventListener('focusin', onFocusIn, true);
    doc.addEventListener('load', onLoad, true);
    doc.addEventListener('click', onClick, true);
    if (doc !== top) doc.defaultView?.addEventListener('blur', onWindowBlur);
    if (!observers.has(doc) && doc.defaultView) {
      const observer = new doc.defaultView.MutationObserver(onMutations);
      observer.observe(doc, { childList: true, subtree: true });
      observers.set(doc, observer);
    }
    scanFrames(doc);
  }

  function scanFrames(doc: Document): void {
    for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
      const inner = reachableDocument(frame as HTMLIFrameElement);
      if (inner && inner !== doc) bind(inner);
    }
    for (const [known, observer] of observers) {
      if (known !== top && !known.defaultView) {
        observer.disconnect();
        observers.delete(known);
      }
    }
  }

  bind(top);
  top.defaultView?.addEventListener('blur', onWindowBlur);
  considerActive();

  return {
    activeEditor() {
      const active = deepActiveElement(top);
      if (!active || ignore(active)) return null;
      return editableRootOf(active);
    },
    stop() {
      clearTimeout(throttle);
      top.defaultView?.removeEventListener('blur', onWindowBlur);
      for (const [doc, observer] of observers) {
        observer.disconnect();
        doc.removeEventListener('focusin', onFocusIn, true);
        doc.removeEventListener('load', onLoad, true);
        doc.removeEventListener('click', onClick, true);
        doc.defaultView?.removeEventListener('blur', onWindowBlur);
      }
      observers.clear();
    },
  };
}
