// Opens N concurrent logged-in sessions against GSOIA Workflow and keeps their pages open, so that the server holds N
// HTTP sessions with their Vaadin UIs: for measuring the heap per session (docs/benchmarks.md, "Memory").
//
// Each session is its own browser context (own cookies) in one headless Chromium. It logs in as one of the demo users
// (round-robin), opens the inbox, then a case file from the inbox (the folder link of its first row; the manager
// opens the dashboard instead; a user whose inbox is empty stays on the inbox, which polls the server), and leaves
// the page open for --hold seconds. Then it logs every session out (unless --no-logout) and closes the browser.
//
// usage: npm install && node sessions.mjs [--url http://localhost:8080] [--users 100] [--hold 120]
//          [--concurrency 4] [--pause-at 25,50 --pause 60] [--final case|inbox] [--no-logout] [--password demo]
//   --pause-at  counts of open sessions at which to stop opening more for --pause seconds (prints "PAUSE <n>"),
//               to measure the server at several levels in one run
//   --final     inbox: every session stays on the inbox instead of opening a case file
// needs: /usr/bin/chromium
import { chromium } from 'playwright-core';

const arg = (k, d) => { const i = process.argv.indexOf('--' + k); return i > 0 ? process.argv[i + 1] : d; };
const flag = k => process.argv.includes('--' + k);
const base = arg('url', 'http://localhost:8080').replace(/\/$/, '');
const users = Number(arg('users', '100'));
const hold = Number(arg('hold', '120'));
const concurrency = Math.max(1, Number(arg('concurrency', '4')));
const password = arg('password', 'demo');
const pause = Number(arg('pause', '0'));
const pauseAt = (arg('pause-at', '') || '').split(',').map(Number).filter(n => n > 0 && n < users);
const final = arg('final', 'case');
const logout = !flag('no-logout');
const DEMO_USERS = ['applicant.de', 'applicant.jp', 'officer.de1', 'officer.de2', 'officer.jp1', 'officer.jp2',
  'security.de1', 'security.de2', 'security.jp1', 'security.jp2', 'facility.de', 'facility.jp', 'manager'];

const started = Date.now();
const t = () => ((Date.now() - started) / 1000).toFixed(1).padStart(6) + 's';
const log = (...a) => console.log(t(), ...a);
const sleep = ms => new Promise(r => setTimeout(r, ms));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run',
    // pages in the background keep their timers (the inbox's polling, Vaadin's heartbeat) like a visible tab
    '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
});

const sessions = [];
let failures = 0;

/** Vaadin has finished the round trip of the current view (no request in flight). */
async function settled(page) {
  await page.waitForLoadState('networkidle', { timeout: 60000 }).catch(() => {});
  await page.waitForFunction(() => {
    const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
    return !clients || Object.values(clients).every(c => !c.isActive || !c.isActive());
  }, null, { timeout: 60000 }).catch(() => {});
}

async function open(i) {
  const user = DEMO_USERS[i % DEMO_USERS.length];
  const t0 = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e.message));
  try {
    // /inbox without a session leads to the login page, and back to the inbox after logging in
    await page.goto(base + '/inbox', { waitUntil: 'networkidle', timeout: 120000 });
    if (new URL(page.url()).pathname.startsWith('/login')) {
      await page.locator('input[name="username"]').first().fill(user);
      await page.locator('input[name="password"]').first().fill(password);
      await page.keyboard.press('Enter');
      await page.waitForURL(u => !u.pathname.startsWith('/login'), { timeout: 120000 });
    }
    if (!new URL(page.url()).pathname.startsWith('/inbox')) {
      await page.goto(base + '/inbox', { waitUntil: 'networkidle', timeout: 120000 });
    }
    await settled(page);
    let where = '/inbox';
    if (user === 'manager') {
      const item = page.locator('vaadin-side-nav-item[path="/dashboard"], vaadin-side-nav-item[path="dashboard"]');
      if (await item.count()) {
        await item.first().click();
        await page.waitForURL(u => u.pathname.startsWith('/dashboard'), { timeout: 60000 });
      } else {
        await page.goto(base + '/dashboard', { waitUntil: 'networkidle', timeout: 120000 });
      }
      where = '/dashboard';
    } else if (final === 'case') {
      const link = page.locator('a.gsoia-inbox-casefile');
      await link.first().waitFor({ state: 'attached', timeout: 15000 }).catch(() => {});
      if (await link.count()) {
        // a router link: Vaadin navigates inside the same UI, like a user's click
        await link.first().click();
        await page.waitForURL(u => u.pathname.startsWith('/cases/'), { timeout: 60000 });
        where = new URL(page.url()).pathname;
      }
    }
    await settled(page);
    const text = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (/preparing demo data|session expired|internal error/i.test(text)) errors.push('page says: ' + text.slice(0, 120));
    sessions.push({ i, user, context, page, where });
    log(`[${String(sessions.length).padStart(3)}/${users}] ${user.padEnd(13)} ${where.padEnd(24)} ${Date.now() - t0} ms`
      + (errors.length ? '  ! ' + errors.join(' | ').slice(0, 200) : ''));
  } catch (e) {
    failures++;
    log(`[ fail ] ${user} #${i}: ${e.message.split('\n')[0]} (at ${page.url()})`);
    await context.close().catch(() => {});
  }
}

async function openRange(from, to) {
  let next = from;
  await Promise.all(Array.from({ length: Math.min(concurrency, to - from) }, async () => {
    while (next < to) await open(next++);
  }));
}

log(`opening ${users} sessions against ${base}, ${concurrency} at a time`);
let opened = 0;
for (const step of [...pauseAt, users]) {
  await openRange(opened, step);
  opened = step;
  if (step < users) {
    log(`PAUSE ${sessions.length} sessions open (${failures} failed), holding ${pause} s`);
    await sleep(pause * 1000);
    log('RESUME');
  }
}
log(`OPEN ${sessions.length} sessions open (${failures} failed); holding ${hold} s`);

const holdUntil = Date.now() + hold * 1000;
while (Date.now() < holdUntil) {
  await sleep(Math.min(30000, holdUntil - Date.now()));
  // a page that lost its session shows Vaadin's "Session Expired" / error notification
  let broken = 0;
  for (const s of sessions) {
    const bad = await s.page.evaluate(() => !!document.querySelector('.v-system-error')).catch(() => true);
    if (bad) broken++;
  }
  log(`holding: ${sessions.length - broken} pages alive, ${broken} with a system error or gone`);
}

if (logout) {
  log('logging out');
  let out = 0;
  let k = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (k < sessions.length) {
      const s = sessions[k++];
      try {
        await s.page.locator('#user-menu').first().click({ timeout: 30000 });
        await s.page.locator('#menu-logout').first().click({ timeout: 30000 });
        await s.page.waitForURL(u => u.pathname.startsWith('/login'), { timeout: 60000 });
        out++;
      } catch (e) {
        log(`logout failed for ${s.user} #${s.i}: ${e.message.split('\n')[0]}`);
      }
      await s.context.close().catch(() => {});
    }
  }));
  log(`LOGGED OUT ${out} of ${sessions.length}`);
}
await browser.close();
log(`CLOSED (${failures} failed to open)`);
