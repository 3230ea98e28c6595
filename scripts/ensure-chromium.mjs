// Makes sure the e2e suite has a Chromium: Debian's /usr/bin/chromium, installed with apt when we
// are root on Debian, else Playwright's own browser. Playwright cannot download browsers on our machines.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
