/** The demo desk server: serves demo/ on 127.0.0.1 only, nothing outside it, and finds a free port. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ROOT, fileFor, startDemoServer, type DemoServer } from '../../scripts/demo/server';

const started: DemoServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

describe('demo desk server', () => {
  it('maps URL paths inside demo/ and refuses ones that escape it', () => {
    expect(fileFor(DEMO_ROOT, '/')).toBe(`${DEMO_ROOT}/index.html`);
    expect(fileFor(DEMO_ROOT, '/desk.css?v=2')).toBe(`${DEMO_ROOT}/desk.css`);
    expect(fileFor(DEMO_ROOT, '/../package.json')).toBeUndefined();
    expect(fileFor(DEMO_ROOT, '/%2e%2e/package.json')).toBeUndefined();
    expect(fileFor(DEMO_ROOT, '/%E0%A4%A')).toBeUndefined();
    expect(fileFor(DEMO_ROOT, '/a%00b')).toBeUndefined();
  });

  it('serves the ticket page and its assets, 404s the rest, and only answers GET/HEAD', async () => {
    const server = await startDemoServer(0);
    started.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-rapport-kind="reply"');
    expect(html).toContain('data-rapport-role="customer-message"');
    expect((await fetch(new URL('desk.js', server.url))).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(new URL('nope.html', server.url))).status).toBe(404);
    expect((await fetch(new URL('../package.json', server.url))).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('moves to the next port when the preferred one is taken', async () => {
    const first = await startDemoServer(0);
    started.push(first);
    const second = await startDemoServer(first.port);
    started.push(second);
    expect(second.port).not.toBe(first.port);
    expect((await fetch(second.url)).status).toBe(200);
  });
});
