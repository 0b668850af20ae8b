import { JSDOM } from 'jsdom';
import { readZip } from '@lms/server-courses';
import { SCORM_FIXTURE_LAUNCH, scormFixtureFiles, scormFixtureZip, type ScormFixtureOptions } from '@lms/server-testing';
import { parseScormManifest } from './parse-manifest';

async function manifestOf(zip: Buffer) {
  const files = await readZip(zip);
  return parseScormManifest(files.get('imsmanifest.xml')!.toString('utf8'), new Set(files.keys()));
}

describe('scormFixtureZip', () => {
  it('is a SCORM 1.2 package that Lane reads, launching the SCO with mastery score 80', async () => {
    const files = await readZip(await scormFixtureZip());
    expect([...files.keys()].sort()).toEqual(['imsmanifest.xml', 'sco/index.html', 'sco/quiz.js', 'sco/style.css']);
    const manifest = parseScormManifest(files.get('imsmanifest.xml')!.toString('utf8'), new Set(files.keys()));
    expect(manifest.title).toBe('Digital safety basics');
    expect(manifest.launch).toMatchObject({ href: SCORM_FIXTURE_LAUNCH, scormType: 'sco', parameters: '', masteryScore: 80 });
  });

  it('takes a title and mastery score, or none', async () => {
    const manifest = await manifestOf(await scormFixtureZip({ title: 'Safe & sound <online>', masteryScore: null }));
    expect(manifest.title).toBe('Safe & sound <online>');
    expect(manifest.launch.masteryScore).toBeNull();
    expect((await manifestOf(await scormFixtureZip({ masteryScore: 50 }))).launch.masteryScore).toBe(50);
  });

  it('uses a replacement manifest and extra files', async () => {
    const replacement = scormFixtureFiles()['imsmanifest.xml'].toString().replace(/href="sco\/index.html"/, 'href="sco/other.html?start=1"');
    const zip = await scormFixtureZip({ manifest: replacement, files: { 'sco/other.html': '<p>other</p>', 'sco/logo.png': Buffer.from([0x89, 0x50]) } });
    const files = await readZip(zip);
    expect(files.get('sco/logo.png')).toEqual(Buffer.from([0x89, 0x50]));
    expect((await manifestOf(zip)).launch).toMatchObject({ href: 'sco/other.html', parameters: '?start=1' });
  });
});

/** A SCORM 1.2 API that answers from `data` and records what the SCO does. */
function fakeApi(data: Record<string, string> = {}) {
  const calls: string[] = [];
  const set: [string, string][] = [];
  const api = {
    LMSInitialize: (arg: string) => (calls.push(`LMSInitialize(${arg})`), 'true'),
    LMSFinish: (arg: string) => (calls.push(`LMSFinish(${arg})`), 'true'),
    LMSCommit: (arg: string) => (calls.push(`LMSCommit(${arg})`), 'true'),
    LMSGetValue: (element: string) => (calls.push(`LMSGetValue(${element})`), data[element] ?? ''),
    LMSSetValue: (element: string, value: string) => {
      calls.push(`LMSSetValue(${element})`);
      set.push([element, value]);
      data[element] = value;
      return 'true';
    },
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => 'No error',
    LMSGetDiagnostic: () => '',
  };
  return { api, calls, set };
}

type ScoWindow = Window & { API?: unknown; Event: typeof Event; eval(code: string): unknown };

/** The SCO's page, with quiz.js run in it once the page has loaded. */
async function load(setUp: (window: ScoWindow) => void = () => undefined, options: ScormFixtureOptions = {}) {
  const files = scormFixtureFiles(options);
  const dom = new JSDOM(files[SCORM_FIXTURE_LAUNCH].toString(), { runScripts: 'outside-only', url: 'https://lane.example/scorm/sco/index.html' });
  const window = dom.window as unknown as ScoWindow;
  await new Promise((resolve) => window.addEventListener('load', resolve));
  setUp(window);
  window.eval(files['sco/quiz.js'].toString());
  return window;
}

async function play(options: { api?: ReturnType<typeof fakeApi>['api']; package?: ScormFixtureOptions } = {}) {
  const window = await load((w) => {
    if (options.api) w.API = options.api;
  }, options.package);
  const $ = (selector: string) => window.document.querySelector(selector) as HTMLElement & { checked: boolean };
  const visible = (selector: string) => !$(selector).hasAttribute('hidden');
  return { window, $, visible };
}

describe('the fixture SCO', () => {
  it('initialises, goes through both steps, reports its score and finishes', async () => {
    const { api, calls, set } = fakeApi({ 'cmi.core.student_name': 'Vongsa, Noy', 'cmi.core.lesson_status': 'not attempted', 'cmi.student_data.mastery_score': '80' });
    const { $, visible } = await play({ api });
    expect(calls.slice(0, 5)).toEqual([
      'LMSInitialize()',
      'LMSGetValue(cmi.core.student_name)',
      'LMSGetValue(cmi.suspend_data)',
      'LMSGetValue(cmi.core.lesson_status)',
      'LMSGetValue(cmi.student_data.mastery_score)',
    ]);
    expect($('#learner').textContent).toBe('Vongsa, Noy');
    expect(visible('#step-1')).toBe(true);
    expect(visible('#step-2')).toBe(false);
    expect(visible('#resumed')).toBe(false);

    $('#next').click();
    expect(visible('#step-1')).toBe(false);
    expect(visible('#step-2')).toBe(true);
    expect(set).toEqual([
      ['cmi.suspend_data', 'step=2'],
      ['cmi.core.lesson_location', '2'],
      ['cmi.core.lesson_status', 'incomplete'],
      ['cmi.core.exit', 'suspend'],
    ]);
    expect(calls.at(-1)).toBe('LMSCommit()');
    expect($('#status').textContent).toBe('LMSCommit: true');

    set.length = 0;
    $('#answer-right').checked = true;
    $('#submit').click();
    const values = Object.fromEntries(set);
    expect(values).toMatchObject({
      'cmi.core.score.raw': '100',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.lesson_status': 'passed',
      'cmi.core.exit': '',
      'cmi.suspend_data': 'step=done',
    });
    expect(values['cmi.core.session_time']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(calls.slice(-2)).toEqual(['LMSCommit()', 'LMSFinish()']);
    expect($('#result').textContent).toBe('Score: 100 – passed');
    expect($('#status').textContent).toBe('LMSFinish: true');

    $('#submit').click();
    expect(calls.filter((c) => c === 'LMSFinish()')).toHaveLength(1);
  });

  it('fails a wrong answer against the mastery score, 80 when the LMS gives none', async () => {
    const { api, set } = fakeApi();
    const { $ } = await play({ api });
    $('#next').click();
    $('#answer-wrong').checked = true;
    $('#submit').click();
    expect(Object.fromEntries(set)).toMatchObject({ 'cmi.core.score.raw': '0', 'cmi.core.lesson_status': 'failed' });
    expect($('#result').textContent).toBe('Score: 0 – failed');
  });

  it('compares the score with the mastery score the LMS gives', async () => {
    const strict = fakeApi({ 'cmi.student_data.mastery_score': '100' });
    const first = await play({ api: strict.api });
    first.$('#next').click();
    first.$('#answer-right').checked = true;
    first.$('#submit').click();
    expect(Object.fromEntries(strict.set)['cmi.core.lesson_status']).toBe('passed');
    const lenient = fakeApi({ 'cmi.student_data.mastery_score': '0' });
    const second = await play({ api: lenient.api });
    second.$('#next').click();
    second.$('#answer-wrong').checked = true;
    second.$('#submit').click();
    expect(Object.fromEntries(lenient.set)['cmi.core.lesson_status']).toBe('passed');
  });

  it('asks for an answer before submitting', async () => {
    const { api, calls } = fakeApi();
    const { $, visible } = await play({ api });
    $('#next').click();
    const before = calls.length;
    $('#submit').click();
    expect(visible('#hint')).toBe(true);
    expect(calls).toHaveLength(before);
  });

  it('resumes at step 2 when the suspend data says so', async () => {
    const { api, set } = fakeApi({ 'cmi.suspend_data': 'step=2', 'cmi.core.lesson_status': 'incomplete' });
    const { $, visible } = await play({ api });
    expect(visible('#step-1')).toBe(false);
    expect(visible('#step-2')).toBe(true);
    expect(visible('#resumed')).toBe(true);
    expect($('#resumed').textContent).toBe('Resumed from step 2');
    expect(set).toEqual([]);
  });

  it('finds the API on a parent frame', async () => {
    const { api, calls } = fakeApi();
    const top: Record<string, unknown> = { API: api };
    top.parent = top;
    const middle = { parent: top };
    await load((window) => Object.defineProperty(window, 'parent', { value: middle, configurable: true }));
    expect(calls[0]).toBe('LMSInitialize()');
  });

  it('waits for the page when it runs before the page has loaded', async () => {
    const { api, calls } = fakeApi();
    const files = scormFixtureFiles();
    const dom = new JSDOM(files[SCORM_FIXTURE_LAUNCH].toString(), { runScripts: 'outside-only' });
    const window = dom.window as unknown as ScoWindow;
    window.API = api;
    window.eval(files['sco/quiz.js'].toString());
    await new Promise((resolve) => window.addEventListener('load', resolve));
    expect(calls[0]).toBe('LMSInitialize()');
  });

  it('says so when there is no API, and still lets the learner through', async () => {
    const { $, visible } = await play();
    expect($('#status').textContent).toBe('no API');
    $('#next').click();
    expect(visible('#step-2')).toBe(true);
    $('#answer-right').checked = true;
    expect(() => $('#submit').click()).not.toThrow();
    expect($('#status').textContent).toBe('no API');
  });

  it('finishes the session when the page goes away before the end', async () => {
    const { api, calls } = fakeApi();
    const { window, $ } = await play({ api });
    $('#next').click();
    window.dispatchEvent(new window.Event('pagehide'));
    expect(calls.slice(-2)).toEqual(['LMSSetValue(cmi.core.session_time)', 'LMSFinish()']);
  });

  it('speaks Lao when asked, with the same elements and the same calls', async () => {
    const lao = { locale: 'lo' } as const;
    const manifest = await manifestOf(await scormFixtureZip(lao));
    expect(manifest.title).toBe('ພື້ນຖານຄວາມປອດໄພທາງດິຈິຕອນ');
    const { api, set } = fakeApi({ 'cmi.suspend_data': 'step=2' });
    const { window, $ } = await play({ api, package: lao });
    expect(window.document.documentElement.lang).toBe('lo');
    expect(window.document.title).toBe('ພື້ນຖານຄວາມປອດໄພທາງດິຈິຕອນ');
    expect($('#resumed').textContent).toBe('ສືບຕໍ່ຈາກຂັ້ນຕອນທີ 2');
    expect($('#step-2 legend').textContent).toBe('ລະຫັດຜ່ານໃດ ແຂງແຮງທີ່ສຸດ?');
    $('#answer-right').checked = true;
    $('#submit').click();
    expect(Object.fromEntries(set)).toMatchObject({ 'cmi.core.score.raw': '100', 'cmi.core.lesson_status': 'passed' });
    expect($('#result').textContent).toBe('ຄະແນນ: 100 – ຜ່ານ');
    expect($('#status').textContent).toBe('LMSFinish: true');
    const alone = await play({ package: lao });
    expect(alone.$('#status').textContent).toBe('ບໍ່ພົບ API');
    const page = scormFixtureFiles(lao)[SCORM_FIXTURE_LAUNCH].toString();
    expect(page).not.toMatch(/Strong passwords|Check yourself|Submit/);
  });

  it('loads only its own script and stylesheet', async () => {
    const html = scormFixtureFiles()[SCORM_FIXTURE_LAUNCH].toString();
    expect(html).toContain('<meta name="viewport"');
    expect(html).not.toMatch(/<script>|\son\w+=|https?:\/\//);
    expect(scormFixtureFiles()['sco/quiz.js'].toString()).not.toMatch(/https?:\/\//);
  });
});
