// Installs Debian's Chromium for the end-to-end tests when it is missing
// (fresh machines and CI). Browser downloads by test tools are not possible here.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);
console.error('[ensure-chromium] /usr/bin/chromium not found: installing Debian chromium…');
const asRoot = process.getuid?.() === 0 ? '' : 'sudo ';
try {
  execSync(`${asRoot}apt-get update -qq && ${asRoot}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch {
  console.error('[ensure-chromium] could not install chromium with apt-get; install it and re-run the tests.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error('[ensure-chromium] chromium installed but /usr/bin/chromium is missing.');
  process.exit(1);
}
