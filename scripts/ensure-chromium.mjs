#!/usr/bin/env node
// Finds the Chromium that Playwright drives (playwright.config.ts): $CHROMIUM_PATH, else Debian's
// /usr/bin/chromium. When it is missing and we are root on an apt system (CI), installs Debian's
// `chromium` package; otherwise says what to install and exits 1. Playwright's own browser downloads
// do not work on these machines (no internet beyond the npm registry and apt).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const HOW_TO_INSTALL =
  "Install Debian's chromium: sudo apt-get install chromium, or set CHROMIUM_PATH=/path/to/chromium";

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(
      `ensure-chromium: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`,
    );
    process.exit(1);
  }
}

/** @param {string} file */
function report(file) {
  let version = '(--version failed)';
  try {
    // Debian's wrapper script may print shell noise on stderr; the version is on stdout.
    version = execFileSync(file, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    }).trim();
  } catch {
    // keep the placeholder: Playwright will report the real launch error if the browser is broken
  }
  console.log(`ensure-chromium: ${file} (${version})`);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (!isExecutable(fromEnv)) {
    console.error(`ensure-chromium: CHROMIUM_PATH=${fromEnv} is not an executable file.`);
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  report(fromEnv);
  process.exit(0);
}

if (!isExecutable(DEFAULT_PATH)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
  if (!isRoot || !hasApt) {
    console.error(`ensure-chromium: no Chromium at ${DEFAULT_PATH}.`);
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  console.log(`ensure-chromium: no Chromium at ${DEFAULT_PATH}; installing Debian's chromium package.`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium']);
  if (!isExecutable(DEFAULT_PATH)) {
    console.error(`ensure-chromium: apt-get installed chromium, but ${DEFAULT_PATH} is still missing.`);
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
}
report(DEFAULT_PATH);
