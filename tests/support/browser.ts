// Debian's Chromium driven by playwright-core. Every request that leaves the
// site is blocked and recorded, so a test can assert that nothing is fetched
// from anywhere but the site itself.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface GuardedContext {
  context: BrowserContext;
  offsite: string[];
}

export async function siteContext(
  browser: Browser,
  siteUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const offsite: string[] = [];
  const origin = new URL(siteUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  return { context, offsite };
}
