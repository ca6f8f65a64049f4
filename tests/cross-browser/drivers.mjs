// The two other engines readers use, behind one small interface: Firefox (Debian's firefox-esr,
// driven by puppeteer-core over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser, driven by
// webkit2gtk-driver over classic WebDriver, in an Xvfb display). Neither downloads a browser.
//
// A driver has: goto(url), run(fn, ...args) (fn runs in the page, or in the frame entered),
// click(selector) (a real pointer click), waitFor(fn, ...args), size(width, height),
// enterFrame(selector), leaveFrame(), close(). run/waitFor take functions whose source is sent.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import { root } from '../browser/harness.mjs';

const require = createRequire(`${root}/tests/package.json`);
const TIMEOUT = 20000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The source of a call of fn with JSON arguments, as an expression. */
const call = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

export async function openFirefox() {
  const puppeteer = require('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    // The machine has no network: nothing of Firefox's own may try to reach one.
    extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const page = await browser.newPage();
  let context = page;
  return {
    name: 'Firefox',
    version: await browser.version(),
    goto: async (url) => { context = page; await page.goto(url); },
    run: (fn, ...args) => context.evaluate(call(fn, args)),
    click: (selector) => context.click(selector),
    waitFor: (fn, ...args) => context.waitForFunction(call(fn, args), { timeout: TIMEOUT }),
    size: (width, height) => page.setViewport({ width, height }),
    enterFrame: async (selector) => { context = await (await page.waitForSelector(selector)).contentFrame(); },
    leaveFrame: async () => { context = page; },
    close: () => browser.close(),
  };
}

/** A free loopback port, for the X display's and the driver's numbers. */
function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function until(check, what) {
  const end = Date.now() + TIMEOUT;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export async function openWebKit() {
  const display = `:${90 + ((await freePort()) % 900)}`;
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1400x1100x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const base = `http://127.0.0.1:${port}`;
  async function wd(method, path, body) {
    const res = await fetch(base + path, {
      method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body),
    });
    const { value } = await res.json();
    if (value && value.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  }
  const stop = () => { driver.kill(); xvfb.kill(); };
  let id;
  let version;
  try {
    const session = await until(() => wd('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'],
      } } },
    }), 'a WebKit session');
    id = session.sessionId;
    version = session.capabilities.browserVersion;
  } catch (e) {
    stop();
    throw e;
  }
  const s = `/session/${id}`;
  const run = (fn, ...args) => wd('POST', `${s}/execute/sync`, { script: `return ${call(fn, args)}`, args: [] });
  return {
    name: 'WebKit',
    version,
    goto: async (url) => { await wd('POST', `${s}/frame`, { id: null }); await wd('POST', `${s}/url`, { url }); },
    run,
    click: async (selector) => {
      const element = await wd('POST', `${s}/element`, { using: 'css selector', value: selector });
      await wd('POST', `${s}/element/${Object.values(element)[0]}/click`, {});
    },
    waitFor: (fn, ...args) => until(() => run(fn, ...args), fn.toString()),
    // The window's outer size: the page's own width is what the test checks (innerWidth).
    size: async (width, height) => {
      await wd('POST', `${s}/window/rect`, { width, height });
      const inner = await run(() => window.innerWidth);
      if (inner !== width) await wd('POST', `${s}/window/rect`, { width: width + (width - inner), height });
    },
    enterFrame: async (selector) => {
      const element = await until(() => wd('POST', `${s}/element`, { using: 'css selector', value: selector }), selector);
      await wd('POST', `${s}/frame`, { id: element });
    },
    leaveFrame: () => wd('POST', `${s}/frame`, { id: null }),
    close: async () => {
      await wd('DELETE', s).catch(() => {});
      stop();
    },
  };
}

export const engines = [openFirefox, openWebKit];
