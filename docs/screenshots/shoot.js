// Screenshots of kg's graph in Neo4j Browser, taken by headless Debian Chromium driven by playwright-core
// (docs/screenshot-browser.md says how to install both; neither is a kg dependency).
//
// Usage: node shoot.js before|after HTTP_PORT BOLT_PORT [OUT_DIR]     (OUT_DIR: this folder)
//   before  what a newcomer saw: the bare Browser URL, its connect form, the README's MET query
//           with the Browser's default style
//   after   the URL `kg db start` prints (env BROWSER_URL, default: the same URL for these ports),
//           docs/browser-style.grass dropped on the window, then the two graph views of cypher/
// KG_HOME: the kg checkout (default: two folders up from this file).
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [mode, httpPort = '7474', boltPort = '7687', outDir = __dirname] = process.argv.slice(2);
const kgHome = process.env.KG_HOME || path.resolve(__dirname, '..', '..');
const browserUrl = process.env.BROWSER_URL ||
  `http://localhost:${httpPort}/browser/?connectURL=bolt://localhost:${boltPort}&preselectAuthMethod=NO_AUTH`;
const MET_QUERY = 'MATCH (a:Actor)-[r:MET]->(b:Actor) RETURN a, r, b';

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1.5,  // sharp captions, files of a reasonable size
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  return { context, page, profile };
}

const connected = page => page.getByText(/You are connected|You have a working connection/i).first();

async function connectByHand(page) {  // what docs/browser.md tells a person to do on the form
  await page.locator('[data-testid="authenticationMethod"]').selectOption('NO_AUTH');  // "No authentication"
  await page.locator('[data-testid="connect"]').click();
  await connected(page).waitFor({ timeout: 30000 });
}

async function run(page, text) {  // into the top editor, run with Ctrl+Enter
  const editor = page.locator('.monaco-editor textarea').first();
  await editor.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Enter');
}

async function drop(page, file) {  // what a drag from the file manager sends
  const data = fs.readFileSync(file).toString('base64');
  const transfer = await page.evaluateHandle(([b64, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], name));
    return dt;
  }, [data, path.basename(file)]);
  for (const type of ['dragenter', 'dragover', 'drop']) {  // on an element inside the app, not on <body>
    await page.dispatchEvent('[data-testid="frame"]', type, { dataTransfer: transfer });
  }
}

async function graph(page, query, out) {
  await run(page, query);
  const frame = page.locator('[data-testid="frame"]').first();  // the newest result frame
  await frame.locator('svg g.node').first().waitFor({ timeout: 30000 });
  await frame.getByTitle('Fullscreen').click();                    // the room a person gives a graph
  await page.waitForTimeout(7000);  // let the force layout settle
  const panel = frame.getByRole('button', { name: 'Collapse the node properties display' });
  if (await panel.count()) await panel.click();  // the whole width (the Browser remembers it folded)
  await frame.getByRole('button', { name: 'zoom-to-fit' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(outDir, out) });
  await frame.getByTitle(/Close fullscreen|Fullscreen/).first().click();
  console.log('wrote', path.join(outDir, out));
}

const cypher = name => fs.readFileSync(path.join(kgHome, 'cypher', name), 'utf-8');

async function before(page) {
  await page.goto(`http://localhost:${httpPort}/browser/`);
  await page.locator('[data-testid="connect"]').waitFor({ timeout: 60000 });
  await page.locator('[data-testid="boltaddress"]').fill(`localhost:${boltPort}`);
  await page.screenshot({ path: path.join(outDir, 'before-connect.png') });
  await connectByHand(page);
  await graph(page, MET_QUERY, 'before-who-met-whom.png');
}

async function after(page) {
  await page.goto(browserUrl);
  await connected(page).waitFor({ timeout: 60000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: path.join(outDir, 'after-connect.png') });
  await drop(page, path.join(kgHome, 'docs', 'browser-style.grass'));
  await page.waitForTimeout(1000);
  await graph(page, cypher('browser_who_met_whom.cypher'), 'after-who-met-whom.png');
  await run(page, ':config autoComplete: false');  // as cypher/browser_meetings.cypher says
  await graph(page, cypher('browser_meetings.cypher'), 'after-meetings.png');
}

(async () => {
  if (!['before', 'after'].includes(mode)) throw new Error('usage: node shoot.js before|after HTTP_PORT BOLT_PORT [OUT_DIR]');
  const { context, page, profile } = await launch();
  try {
    await (mode === 'before' ? before(page) : after(page));
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch(e => { console.error(e.message || e); process.exit(1); });
