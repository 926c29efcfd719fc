/**
 * End-to-end harness: the real server (with its own temporary embedded database) serving the real
 * production build, driven by Debian's Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it with `sudo apt-get install -y chromium fonts-noto-cjk` ' +
        '(Debian/Ubuntu), or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** Stop gracefully (SIGTERM) or at once (SIGKILL); the data dir is kept for a restart. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Start again on the same port and data dir. */
  restart(): Promise<void>;
  /** Stop and remove the data dir. */
  dispose(): Promise<void>;
}

export async function startServer(options: { staticDir?: string; env?: Record<string, string> } = {}): Promise<RunningServer> {
  if (!existsSync(join(root, 'dist/index.html'))) throw new Error('No production build in dist/: run `npm run build` first.');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'machiplan-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    MACHIPLAN_DATA_DIR: dataDir,
    MACHIPLAN_STATIC_DIR: options.staticDir ?? join(root, 'dist'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production', // as `npm start` runs it (React's production build draws the prepared pages)
    ...options.env,
  };
  const running: RunningServer = {
    url,
    dataDir,
    process: undefined as unknown as ChildProcess,
    async stop(signal = 'SIGTERM') {
      const child = running.process;
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((ok) => {
        child.once('exit', () => ok());
        child.kill(signal);
      });
    },
    async restart() {
      await running.stop();
      running.process = await spawnServer(env, url);
    },
    async dispose() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  running.process = await spawnServer(env, url);
  return running;
}

async function spawnServer(env: NodeJS.ProcessEnv, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not answer /api/v1/health within 30 s');
}

/**
 * Opens `url` and waits until the service worker is activated and controls the page. With the
 * prompt update flow the first load is not controlled, so reload once (FOOTGUNS: browser tests).
 */
export async function openControlledPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((ok) => worker.addEventListener('statechange', () => worker.state === 'activated' && ok()));
    }
  });
  await page.reload();
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) throw new Error('the service worker does not control the page after reload');
  return page;
}

/**
 * One server and one browser per test file, a fresh browser context (empty storage, its own
 * service worker) per test: what most end-to-end files need.
 */
export function useBrowserSession(contextOptions: Parameters<Browser['newContext']>[0] = { locale: 'ja-JP', viewport: { width: 390, height: 844 } }) {
  const session = {} as { server: RunningServer; browser: Browser; context: BrowserContext };
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.dispose();
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext(contextOptions);
  });
  afterEach(async () => {
    await session.context?.close();
  });
  return session;
}
