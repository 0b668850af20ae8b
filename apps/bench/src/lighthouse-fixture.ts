import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import type { LoginResponse } from '@lms/contracts';
import { HttpClient } from './http-client';
import { DIST_SERVER, freePort, sleep } from './lane-processes';

/**
 * What the Lighthouse benchmark measures and how it gets there: this run's own build of the web
 * app, the floor page beside it, a Lao course made through the API, and Debian's Chromium with
 * the demo learner signed in.
 */
const ROOT = join(DIST_SERVER, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const FLOOR_FILE = 'lighthouse-floor.html';
const PASSWORD = 'lane-demo-2026';

const LESSON_TEXT = [
  'ອີເມວຫຼອກລວງ (phishing) ແມ່ນອີເມວທີ່ປອມຕົວເປັນຄົນ ຫຼື ອົງການທີ່ທ່ານໄວ້ໃຈ ເພື່ອໃຫ້ທ່ານກົດລິ້ງ, ເປີດໄຟລ໌ແນບ ຫຼື ບອກລະຫັດຜ່ານ.',
  'ກ່ອນກົດລິ້ງໃດໜຶ່ງ ໃຫ້ກວດເບິ່ງທີ່ຢູ່ຂອງຜູ້ສົ່ງທຸກຄັ້ງ. ຊື່ທີ່ສະແດງອາດຖືກປອມໄດ້ງ່າຍ, ແຕ່ໂດເມນຫຼັງເຄື່ອງໝາຍ @ ບອກຄວາມຈິງຫຼາຍກວ່າ.',
  'ຖ້າອີເມວຂໍໃຫ້ທ່ານເຮັດບາງຢ່າງຢ່າງຮີບດ່ວນ, ເຊັ່ນ ປ່ຽນລະຫັດຜ່ານພາຍໃນມື້ນີ້ ຫຼື ໂອນເງິນທັນທີ, ໃຫ້ໂທຫາຜູ້ສົ່ງໂດຍກົງເພື່ອຢືນຢັນ.',
];

/** A lesson picture as an author would upload one: a 1600 × 900 PNG (the API stores WebP renditions of it). */
function lessonPicture(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1d4ed8"/><stop offset="1" stop-color="#fde68a"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <rect x="300" y="200" width="1000" height="500" rx="40" fill="#ffffff" opacity="0.9"/>
    <path d="M300 240 L800 520 L1300 240" stroke="#1d4ed8" stroke-width="40" fill="none"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The one multipart request of the fixture, which HttpClient (JSON bodies only) does not send. */
async function upload(baseUrl: string, path: string, token: string, file: Blob, name: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', file, name);
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (res.status !== 201) throw new Error(`POST ${path}: expected 201, got ${res.status}: ${(await res.text()).slice(0, 500)}`);
  return (await res.json()) as { id: string };
}

/**
 * Through the HTTP API, as people would: the demo instructor writes and publishes a course of three
 * Lao lessons, the first with a picture, and the demo learner enrols in it.
 */
export async function courseWithLessons(baseUrl: string): Promise<{ courseId: string; lessonId: string }> {
  const http = new HttpClient(baseUrl, 1);
  try {
    const login = async (email: string) => (await http.expect<LoginResponse>(200, 'POST', '/api/v1/auth/login', undefined, { login: email, password: PASSWORD })).accessToken;
    const teacher = await login('instructor@lane.demo');
    const course = await http.expect<{ id: string }>(201, 'POST', '/api/v1/courses', teacher, {
      title: 'ການໃຊ້ອີເມວຢ່າງປອດໄພ',
      summary: 'ຮູ້ຈັກອີເມວຫຼອກລວງ, ລະຫັດຜ່ານທີ່ເຂັ້ມແຂງ ແລະ ການລາຍງານເຫດການ',
      category: 'email',
      locale: 'lo',
      level: 'beginner',
    });
    const module = await http.expect<{ id: string }>(201, 'POST', `/api/v1/courses/${course.id}/modules`, teacher, { title: 'ພາກທີ 1: ອີເມວ' });
    const lessonIds: string[] = [];
    for (const title of ['ຮູ້ຈັກອີເມວຫຼອກລວງ', 'ລະຫັດຜ່ານທີ່ເຂັ້ມແຂງ', 'ລາຍງານເຫດການ']) {
      const lesson = await http.expect<{ id: string }>(201, 'POST', `/api/v1/modules/${module.id}/lessons`, teacher, { title, markdown: `${LESSON_TEXT.join('\n\n')}\n` });
      lessonIds.push(lesson.id);
    }
    const picture = await upload(baseUrl, `/api/v1/lessons/${lessonIds[0]}/attachments`, teacher, new Blob([new Uint8Array(await lessonPicture())], { type: 'image/png' }), 'phishing.png');
    const [first, ...rest] = LESSON_TEXT;
    await http.expect(200, 'PATCH', `/api/v1/lessons/${lessonIds[0]}`, teacher, {
      markdown: `${first}\n\n![ຕົວຢ່າງອີເມວຫຼອກລວງ](/api/v1/attachments/${picture.id}?width=480)\n\n## ສິ່ງທີ່ຄວນກວດ\n\n${rest.join('\n\n')}\n`,
    });
    await http.expect(200, 'POST', `/api/v1/courses/${course.id}/publish`, teacher);
    await http.expect(201, 'POST', `/api/v1/courses/${course.id}/enrol`, await login('learner@lane.demo'));
    return { courseId: course.id, lessonId: lessonIds[0] };
  } finally {
    http.close();
  }
}

/**
 * The floor: the least a page can be, served by the same server (static files beside the app,
 * with the same headers): one Lao paragraph in the same web font, no script. Written into this
 * run's build only (never shipped), before the API starts (it lists its files at start).
 */
export function writeFloorPage(webDist: string): void {
  const font = readdirSync(join(webDist, 'assets')).find((f) => /^noto-sans-lao-lao-400-normal-.*\.woff2$/.test(f));
  if (!font) throw new Error(`no Noto Sans Lao woff2 in ${webDist}/assets`);
  writeFileSync(
    join(webDist, FLOOR_FILE),
    `<!doctype html>
<html lang="lo">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Lane">
<title>Lane</title>
<style>@font-face{font-family:'Noto Sans Lao';font-weight:400;font-display:swap;src:url(/assets/${font}) format('woff2')}body{margin:16px;font-family:'Noto Sans Lao',system-ui,sans-serif;line-height:1.7}</style>
</head>
<body><main><p>${LESSON_TEXT[0]}</p></main></body>
</html>
`,
  );
}

/**
 * The web app as `npm run build` makes it (apps/web/vite.config.mts), built into a directory of
 * this run's own: dist/web may be rebuilt by someone else while the benchmark runs, and a page
 * whose script vanished mid-run measures nothing.
 */
export function buildWebApp(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'lane-bench-web-'));
  const built = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`vite build exited with ${built.status}: ${built.stderr}`);
  return outDir;
}

/** Debian's Chromium, headless, with its DevTools port open for Playwright (to sign in) and Lighthouse. */
export async function startChromium(): Promise<{ child: ChildProcess; port: number; profile: string }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lane-bench-chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] },
  );
  for (let i = 0; ; i++) {
    if (await fetch(`http://127.0.0.1:${port}/json/version`).then((r) => r.ok, () => false)) break;
    if (i > 200 || child.exitCode !== null) throw new Error(`${CHROMIUM} did not open its DevTools port`);
    await sleep(100);
  }
  return { child, port, profile };
}

/** Signs the demo learner in through the login form, so that the session sits in the profile's localStorage. */
export async function signIn(cdpPort: number, baseUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(`${baseUrl}/login`);
    await page.fill('input[name="login"]', 'learner@lane.demo');
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('[data-testid="login-form"] button[type="submit"]');
    await page.waitForSelector('[data-testid="home-title"]');
    await page.close();
  } finally {
    // Connected over CDP, close() only disconnects: the browser and its profile stay.
    await browser.close();
  }
}
