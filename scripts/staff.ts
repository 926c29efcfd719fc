/**
 * npm run staff -- <command>: staff accounts of the console, in the server's own database (the same
 * DATABASE_URL / MACHIPLAN_DATA_DIR as npm start).
 *
 *   add <login> --role admin|staff --city <municipality>   create an account
 *   passwd <login>                                          set a new password (ends its sessions)
 *   unlock <login>                                          lift a lock after failed logins
 *   list                                                    every account
 *
 * The password comes from MACHIPLAN_STAFF_PASSWORD or is asked for on the terminal — never as an
 * argument, where it would end up in the shell history and the process list.
 */
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { StaffRole } from '../src/model/staff.ts';
import { configFromEnv } from '../src/server/config.ts';
import { loadPlanCatalogue } from '../src/server/plan-catalogue.ts';
import { MIN_PASSWORD_LENGTH } from '../src/server/staff/passwords.ts';
import { StaffUserError, createStaffUser, listStaffUsers, setStaffPassword, unlockStaffUser } from '../src/server/staff/staff-users.ts';
import { openDatabase } from '../src/server/storage/database.ts';

const USAGE = `usage:
  npm run staff -- add <login> --role admin|staff --city <municipality>
  npm run staff -- passwd <login>
  npm run staff -- unlock <login>
  npm run staff -- list`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads one line from stdin; on a terminal the typed characters are not echoed. */
async function readPassword(prompt: string): Promise<string> {
  const fromEnv = process.env.MACHIPLAN_STAFF_PASSWORD;
  if (fromEnv) return fromEnv;
  const tty = !!process.stdin.isTTY;
  if (tty) process.stderr.write(prompt);
  // On a terminal readline echoes what is typed to its output: give it one that shows nothing.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: tty });
  const line = await new Promise<string>((ok) => {
    rl.once('line', ok);
    rl.once('close', () => ok(''));
  });
  rl.close();
  if (tty) process.stderr.write('\n');
  return line;
}

async function newPassword(): Promise<string> {
  const password = await readPassword(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if (!process.env.MACHIPLAN_STAFF_PASSWORD && process.stdin.isTTY) {
    const again = await readPassword('Again: ');
    if (again !== password) fail('The two passwords differ.');
  }
  return password;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, city: { type: 'string' } },
});
const [command, login] = positionals;
if (!command || (command !== 'list' && !login)) fail(USAGE);

const config = configFromEnv();
const store = await openDatabase(config);
try {
  if (command === 'add') {
    const role = StaffRole.safeParse(values.role);
    if (!role.success) fail(`--role must be admin or staff\n${USAGE}`);
    const city = values.city;
    if (!city) fail(`--city is required (e.g. omitama)\n${USAGE}`);
    const cities = new Set(loadPlanCatalogue([config.staticDir, resolve('public')]).plans().map((p) => p.municipality));
    if (cities.size > 0 && !cities.has(city)) fail(`unknown city "${city}": one of ${[...cities].join(', ')}`);
    const user = await createStaffUser(store.db, { login: login!, password: await newPassword(), role: role.data, municipality: city });
    console.log(`Created ${user.role} "${user.login}" for ${user.municipality} (database: ${store.kind}). Log in at /staff.`);
  } else if (command === 'passwd') {
    await setStaffPassword(store.db, login!, await newPassword());
    console.log(`New password set for "${login}"; their open sessions have ended.`);
  } else if (command === 'unlock') {
    await unlockStaffUser(store.db, login!);
    console.log(`Unlocked "${login}".`);
  } else if (command === 'list') {
    for (const u of await listStaffUsers(store.db)) {
      const locked = u.locked_until && new Date(u.locked_until) > new Date() ? `  locked until ${u.locked_until}` : '';
      console.log(`${u.municipality}\t${u.role}\t${u.login}${locked}`);
    }
  } else {
    fail(USAGE);
  }
} catch (error) {
  if (error instanceof StaffUserError) fail(error.message);
  throw error;
} finally {
  await store.close();
}
