/**
 * npm test: typecheck, validate and compile plan data, build the app, run every unit, integration
 * and end-to-end test, then print one plain summary line ("N passed, N failed") that CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsFile = resolve(root, 'var/test-results.json');
const extraArgs = process.argv.slice(2);

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const steps: [string, string, string[]][] = [
  ['typecheck', npx, ['tsc', '-p', 'tsconfig.json']],
  ['typecheck service worker', npx, ['tsc', '-p', 'src/sw/tsconfig.json']],
  ['plan data', npx, ['tsx', 'scripts/data.ts']],
  ['production build', npx, ['vite', 'build', '--logLevel', 'warn']],
];
for (const [title, command, args] of steps) {
  if (!run(title, command, args)) {
    console.log(`\n${title} failed.\n0 passed, 1 failed`);
    process.exit(1);
  }
}

mkdirSync(resolve(root, 'var'), { recursive: true });
rmSync(resultsFile, { force: true });
const testsOk = run('tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...extraArgs]);
let passed = 0;
let failed = testsOk ? 0 : 1;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed = results.numPassedTests;
  failed = Math.max(results.numFailedTests, testsOk ? 0 : 1);
  if (results.numTotalTests === 0) failed = Math.max(failed, 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(testsOk && failed === 0 ? 0 : 1);
