// Starts a real VS Code for the Web (from npm, no download) with this extension in development
// mode, and drives it with Debian's Chromium through playwright-core.
import { open as openTestWeb } from '@vscode/test-web';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { prepareBuildFolder, projectRoot, quality, type VSCodeBuild } from './vscodeBuilds';

export interface WorkbenchOptions {
  readonly build: VSCodeBuild;
  /** Display language (a translation the build ships), English when absent. */
  readonly language?: string;
  /** A browser bundle that runs mocha inside the extension host (integration tests). */
  readonly extensionTestsPath?: string;
  /** Color theme written to the folder's .vscode/settings.json. */
  readonly theme?: string;
  /** Extra workspace settings. */
  readonly settings?: Record<string, unknown>;
  /** Files to create in the opened folder, by relative path. */
  readonly files?: Record<string, string>;
  /** Keep the folder between two workbenches (to test a reload); created when absent. */
  readonly folder?: string;
  /** Keep the browser profile between two workbenches (globalState lives there). */
  readonly profileDir?: string;
  readonly headless?: boolean;
  /** The extension to load in development mode; this project by default. */
  readonly extensionDevelopmentPath?: string;
  readonly viewport?: { width: number; height: number };
  /** Called with the test run's exit code (integration tests only). */
  readonly onExit?: (code: number) => void;
  readonly onLog?: (type: string, args: unknown[]) => void;
}

export interface Workbench {
  readonly url: string;
  readonly page: Page;
  readonly context: BrowserContext;
  readonly folder: string;
  readonly profileDir: string;
  close(): Promise<void>;
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags. The last `--disable-features` wins over Playwright's default list, which would
 * otherwise disable ThirdPartyStoragePartitioning and leave every webview blank (VSCODE-WEB-TESTING.md, fact 3).
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A temporary folder under the project (so Chromium's leftovers are ours to remove). */
export async function projectTempDir(prefix: string): Promise<string> {
  const base = path.join(projectRoot, '.vscode-test-web', 'tmp');
  await mkdir(base, { recursive: true });
  return mkdtemp(path.join(base, prefix));
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  const dataDir = await prepareBuildFolder(options.build, options.language);
  const folder = options.folder ?? (await projectTempDir('folder-'));
  await writeWorkspaceFiles(folder, options);
  const profileDir = options.profileDir ?? (await projectTempDir('profile-'));
  await allowThirdPartyCookies(profileDir);
  const tmpDir = await projectTempDir('chromium-');
  const port = await freePort();
  const server = await openTestWeb({
    browserType: 'none',
    extensionDevelopmentPath: options.extensionDevelopmentPath ?? projectRoot,
    extensionTestsPath: options.extensionTestsPath,
    folderPath: folder,
    quality,
    commit: options.build.commit,
    testRunnerDataDir: dataDir,
    port,
    host: 'localhost',
    hideServerLog: true,
  });
  // Chromium writes org.chromium.Chromium.* folders to TMPDIR; keep them in a folder we remove.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    env: { ...process.env, TMPDIR: tmpDir },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  if (options.extensionTestsPath) {
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      if (options.onLog) {
        options.onLog(type, args);
      } else {
        const log = type === 'error' ? console.error : console.log;
        log(...args);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => options.onExit?.(code));
  }
  const url = `http://localhost:${port}`;
  // The scenarios wait for the workbench's own state; the page load is only its start (a busy machine takes longer than 30 s for the bundle).
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  return {
    url,
    page,
    context,
    folder,
    profileDir,
    async close() {
      await context.close().catch(() => undefined);
      server.dispose();
      await rm(tmpDir, { recursive: true, force: true });
      if (!options.profileDir) {
        await rm(profileDir, { recursive: true, force: true });
      }
      if (!options.folder) {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}

/** Webviews live in a third-party frame; with its cookies blocked their service worker never starts. */
async function allowThirdPartyCookies(profileDir: string): Promise<void> {
  const preferences = path.join(profileDir, 'Default', 'Preferences');
  if (!existsSync(preferences)) {
    await mkdir(path.dirname(preferences), { recursive: true });
    await writeFile(preferences, JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  }
}

async function writeWorkspaceFiles(folder: string, options: WorkbenchOptions): Promise<void> {
  const settings: Record<string, unknown> = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    ...(options.theme ? { 'workbench.colorTheme': options.theme } : {}),
    ...options.settings,
  };
  await mkdir(path.join(folder, '.vscode'), { recursive: true });
  await writeFile(path.join(folder, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  for (const [relative, content] of Object.entries(options.files ?? {})) {
    const file = path.join(folder, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

