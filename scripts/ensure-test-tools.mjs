// Makes sure the e2e suite has its tools. Chromium: Debian's /usr/bin/chromium, installed with apt when we are root
// on Debian, else Playwright's own browser (Playwright cannot download browsers on our machines). Mozilla's HTTP
// Observatory scanner, from e2e/observatory/'s lock, installed apart in node_modules/.cache/observatory with
// --ignore-scripts: its install scripts download CA and preload lists that the scan does not need, and an empty
// preload list is right for a test host. nginx and openssl come from Debian (.ci/run installs them).
import { execSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (existsSync('/usr/bin/chromium')) {
  console.log('chromium: /usr/bin/chromium');
} else if (existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
  console.log('chromium: installing Debian package');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core');
} else {
  console.log("chromium: not on Debian as root; using Playwright's own browser");
  run('npx playwright install chromium');
}

const observatory = join('node_modules', '.cache', 'observatory');
const lock = join('e2e', 'observatory', 'package-lock.json');
const installedLock = join(observatory, 'package-lock.json');
if (!existsSync(installedLock) || readFileSync(installedLock, 'utf8') !== readFileSync(lock, 'utf8')) {
  console.log(`observatory: installing into ${observatory}`);
  mkdirSync(observatory, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join('e2e', 'observatory', file), join(observatory, file));
  run(`npm ci --ignore-scripts --no-audit --no-fund --prefix ${observatory}`);
}
const preload = join(observatory, 'node_modules', '@mdn', 'mdn-http-observatory', 'conf', 'hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}\n');
console.log(`observatory: ${observatory}`);
