/**
 * Our UI's element in a help desk page: a host element marked `data-rapport="<role>"` with an open
 * shadow root that holds our stylesheet, so the page's CSS can't reach in and ours can't leak out.
 */
export function shadowHost(doc: Document, tag: string, role: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-rapport', role);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
