// npm run screenshots — every page type at phone and desktop width, into screenshots/.
import { mkdirSync } from 'node:fs';
import { serveDist } from '../tests/support/serve.ts';
import { launchBrowser, siteContext } from '../tests/support/browser.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/',
      '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/1/',
      '/docs/zhongxiang-2022-wenzhu-jingji-qingdan/policy-7/',
      '/agencies/zhongxiang/caizhengju/',
      '/places/zhongxiang/',
      '/docs/tianzhengfa-2023-1/',
      '/docs/tianzhengfa-2023-1/2-7/',
      '/search/?q=500元',
      '/quality/',
      '/data/',
      '/nope/',
    ];
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveDist('dist');
const browser = await launchBrowser();
for (const [name, width] of [
  ['phone', 390],
  ['desktop', 1280],
] as const) {
  const { context } = await siteContext(browser, server.url, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const path of pages) {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const file = `${out}/${name}-${
      encodeURI(path)
        .replace(/[^a-z0-9]+/gi, '_')
        .replace(/^_|_$/g, '') || 'home'
    }.png`; // encodeURI keeps 稳崗返還 and 以工代赈 apart
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
