/**
 * Saved desk pages (tests/fixtures/sites) loaded into happy-dom the way a browser would show them:
 * declarative shadow roots attached, and iframes marked `data-fixture` filled with their own file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const FIXTURES = join(import.meta.dirname, '../../fixtures/sites');

/** What a browser does when it parses `<template shadowrootmode="open">`. */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

async function loadInto(doc: Document, file: string): Promise<void> {
  doc.open();
  doc.write(readFileSync(join(FIXTURES, file), 'utf8'));
  doc.close();
  attachDeclarativeShadowRoots(doc);
  for (const frame of Array.from(doc.querySelectorAll<HTMLIFrameElement>('iframe[data-fixture]'))) {
    for (let i = 0; i < 50 && !frame.contentDocument; i++) await new Promise((r) => setTimeout(r, 5));
    if (!frame.contentDocument) throw new Error(`iframe for ${frame.dataset.fixture} did not load`);
    await loadInto(frame.contentDocument, frame.dataset.fixture!);
  }
}

export async function loadFixture(file: string, url: string): Promise<Document> {
  const window = new Window({ url, settings: { enableIframePageLoading: true } });
  const doc = window.document as unknown as Document;
  await loadInto(doc, file);
  return doc;
}

/** Follows a path of selectors, stepping into shadow roots and iframes between steps. */
export function pick(doc: Document, path: readonly string[]): HTMLElement {
  let scope: ParentNode = doc;
  let found: Element | null = null;
  for (const selector of path) {
    found = scope.querySelector(selector);
    if (!found) throw new Error(`fixture has no ${selector} (path ${path.join(' » ')})`);
    const frameDoc = (found as HTMLIFrameElement).contentDocument;
    scope = found.shadowRoot ?? (found.tagName === 'IFRAME' && frameDoc ? frameDoc : found);
  }
  return found as HTMLElement;
}

export function select(doc: Document, selector: string, attr: string): void {
  const tabs = Array.from(doc.querySelectorAll(selector));
  for (const tab of tabs) tab.setAttribute(attr, 'false');
}
