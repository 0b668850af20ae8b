import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SubmitExpiredProcessor } from '@lms/server-assessments';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { startWorker } from '../testing/start-worker';

/** Secrets that must never reach a learner before grading: each appears only in a key or a feedback. */
const SECRET = 'SECRET-FEEDBACK';

const QUESTIONS = [
  {
    type: 'single_choice',
    title: 'Phishing',
    prompt: 'ອີເມວໃດເປັນ phishing?',
    format: 'moodle',
    generalFeedback: `${SECRET} general`,
    options: [
      { text: 'A link to a look-alike bank site', weight: 100, feedback: `${SECRET} right` },
      { text: 'A meeting note from your director', weight: 0, feedback: `${SECRET} wrong` },
      { text: 'A newsletter you subscribed to', weight: -50 },
    ],
  },
  {
    type: 'multiple_choice',
    prompt: 'Which are strong passwords?',
    format: 'moodle',
    options: [
      { text: 'correct horse battery staple', weight: 50 },
      { text: 'ລາວ-ໄຟຟ້າ-2026-ນ້ຳຂອງ', weight: 50 },
      { text: 'password1', weight: -100 },
    ],
  },
  { type: 'true_false', prompt: 'Two-factor authentication makes stolen passwords less useful.', format: 'moodle', correct: true, trueFeedback: `${SECRET} tf` },
  { type: 'short_answer', prompt: 'The ministry’s short name (MTC)?', format: 'moodle', answers: [{ text: 'MTC', weight: 100 }, { text: 'M*C', weight: 50 }] },
  { type: 'numeric', prompt: 'How many digits has a Lao mobile number after 020?', format: 'moodle', answers: [{ value: 8, tolerance: 0, weight: 100 }] },
  {
    type: 'matching',
    prompt: 'Match the tool to its use',
    format: 'moodle',
    pairs: [
      { prompt: 'Email', answer: 'Messages' },
      { prompt: 'Spreadsheet', answer: 'Tables of numbers' },
      { prompt: '', answer: 'Video calls' },
    ],
  },
];

describe('Quizzes and attempts (real API, worker, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let ds: DataSource;
  const tokens: Record<string, string> = {};
  let moduleId: string;
  let courseId: string;
  let bankId: string;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  const waitFor = async <T>(probe: () => Promise<T | null>, what: string, ms = 20_000): Promise<T> => {
    const until = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const graded = (attemptId: string, token: string) =>
    waitFor(async () => {
      const res = await call('GET', `/attempts/${attemptId}`, token);
      const body = res.json();
      return body.status !== 'submitted' && body.status !== 'in_progress' ? body : null;
    }, `attempt ${attemptId} graded`);

  const quiz = async (fields: object) => {
    const res = await call('POST', `/modules/${moduleId}/quizzes`, tokens.teacher, { title: 'Check', questionBankId: bankId, selection: { mode: 'all' }, passPercent: 60, ...fields });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  const publish = async () => expect((await call('POST', `/courses/${courseId}/publish`, tokens.teacher)).statusCode).toBeLessThan(300);

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    const unit = await api.unit('MTC');
    const other = await api.unit('MOF');
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('rival@mof.gov.la', other, ['instructor']);
    await api.user('somphone@mtc.gov.la', unit, [], { displayName: 'ສົມພອນ' });
    await api.user('anna@mtc.gov.la', unit, [], { locale: 'en' });
    for (const who of ['teacher@mtc.gov.la', 'rival@mof.gov.la', 'somphone@mtc.gov.la', 'anna@mtc.gov.la']) tokens[who.split('@')[0]] = (await api.login(who)).accessToken;

    courseId = (await call('POST', '/courses', tokens.teacher, { title: 'ຄວາມປອດໄພທາງໄຊເບີ', summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json().id;
    moduleId = (await call('POST', `/courses/${courseId}/modules`, tokens.teacher, { title: 'ພາກທີ 1' })).json().id;
    const bank = await call('POST', '/question-banks', tokens.teacher, { title: 'Security basics', courseId });
    expect(bank.statusCode).toBe(201);
    bankId = bank.json().id;
    for (const q of QUESTIONS) expect((await call('POST', `/question-banks/${bankId}/questions`, tokens.teacher, q)).statusCode).toBe(201);
    worker = await startWorker(api.config);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('refuses an invalid question with a 400 that names the problem, and another course’s instructor gets 404', async () => {
    const bad = await call('POST', `/question-banks/${bankId}/questions`, tokens.teacher, { type: 'single_choice', prompt: 'x', options: [{ text: 'a', weight: 10 }, { text: 'b', weight: 0 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/100/);
    expect((await call('GET', `/question-banks/${bankId}/questions`, tokens.rival)).statusCode).toBe(404);
    expect((await call('GET', `/question-banks/${bankId}/questions`, tokens.somphone)).statusCode).toBe(403);
    expect((await call('GET', `/question-banks/${bankId}/questions`, tokens.teacher)).json().total).toBe(QUESTIONS.length);
  });

  it('imports GIFT as a raw body or a multipart file, all or nothing, with errors by line', async () => {
    const scratch = (await call('POST', '/question-banks', tokens.teacher, { title: 'GIFT import' })).json().id;
    const gift = ['// Moodle docs style', '$CATEGORY: $course$/top/Week 1', '', '::Grant::Who is buried in Grant\'s tomb? {~Grant =no one ~Napoleon}', '', 'The sun rises in the east. {T}', ''].join('\n');
    const bad = `${gift}\n::Broken:: What is 2 + 2? {#four}\n\nAn open block {=x\n`;
    const refused = await api.request({ method: 'POST', url: `/api/v1/question-banks/${scratch}/import?format=gift`, token: tokens.teacher, headers: { 'content-type': 'text/plain' }, payload: bad });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().imported).toBe(0);
    expect(refused.json().errors.map((e: { line: number }) => e.line)).toEqual([8, 10]);
    expect((await call('GET', `/question-banks/${scratch}/questions`, tokens.teacher)).json().total).toBe(0);

    const boundary = 'lane-boundary';
    const multipart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="week1.gift"\r\nContent-Type: text/plain\r\n\r\n\uFEFF${gift}\r\n--${boundary}--\r\n`;
    const ok = await api.request({ method: 'POST', url: `/api/v1/question-banks/${scratch}/import?format=gift`, token: tokens.teacher, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ imported: 2, errors: [] });
    const stored = (await call('GET', `/question-banks/${scratch}/questions`, tokens.teacher)).json().items;
    expect(stored.map((q: { type: string; category: string; title?: string }) => [q.type, q.category, q.title])).toEqual([
      ['single_choice', 'Week 1', 'Grant'],
      ['true_false', 'Week 1', undefined],
    ]);
    expect((await call('POST', `/question-banks/${scratch}/import?format=docx`, tokens.teacher)).statusCode).toBe(400);
  });

  it('lets every instructor use an institute bank, but only its maker (or an admin) change its questions', async () => {
    const shared = (await call('POST', '/question-banks', tokens.teacher, { title: 'Institute: passwords' })).json();
    expect(shared).toMatchObject({ courseId: null, createdBy: expect.any(String) });
    const added = (await call('POST', `/question-banks/${shared.id}/questions`, tokens.teacher, QUESTIONS[2])).json();
    expect((await call('GET', `/question-banks/${shared.id}/questions`, tokens.rival)).json().total).toBe(1);
    expect((await call('GET', `/questions/${added.id}`, tokens.rival)).statusCode).toBe(200);
    const refusals = [
      await call('POST', `/question-banks/${shared.id}/questions`, tokens.rival, QUESTIONS[2]),
      await call('PUT', `/questions/${added.id}`, tokens.rival, { ...QUESTIONS[2], correct: false }),
      await api.request({ method: 'DELETE', url: `/api/v1/questions/${added.id}`, token: tokens.rival }),
      await api.request({ method: 'POST', url: `/api/v1/question-banks/${shared.id}/import?format=gift`, token: tokens.rival, headers: { 'content-type': 'text/plain' }, payload: 'The sun rises in the east. {T}\n' }),
    ];
    expect(refusals.map((r) => [r.statusCode, r.json().details[0]?.code])).toEqual(Array(4).fill([403, 'assessments.bank-not-editable']));
    const kept = (await call('GET', `/questions/${added.id}`, tokens.teacher)).json();
    expect(kept).toMatchObject({ version: 1, correct: true });
    expect((await call('GET', `/question-banks/${shared.id}/questions`, tokens.teacher)).json().total).toBe(1);
  });

  it('imports Moodle XML all or nothing, with errors by line', async () => {
    const good = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Backups</text></name>
    <questiontext format="html"><text><![CDATA[<p>Keep a backup off-site.</p>]]></text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>`;
    const imported = await api.request({ method: 'POST', url: `/api/v1/question-banks/${bankId}/import?format=moodle-xml`, token: tokens.teacher, headers: { 'content-type': 'application/xml' }, payload: good });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ imported: 1, errors: [] });
    const bad = good.replace('<question type="truefalse">', '<question type="truefalse"></question>\n  <question type="calculated">');
    const refused = await api.request({ method: 'POST', url: `/api/v1/question-banks/${bankId}/import?format=moodle-xml`, token: tokens.teacher, headers: { 'content-type': 'application/xml' }, payload: bad });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ imported: 0, errors: expect.arrayContaining([expect.objectContaining({ line: expect.any(Number), message: expect.any(String) })]) });
    expect((await call('GET', `/question-banks/${bankId}/questions`, tokens.teacher)).json().total).toBe(QUESTIONS.length + 1);
    // the imported question is not part of the quizzes below
    const id = (await call('GET', `/question-banks/${bankId}/questions?page=1&pageSize=100`, tokens.teacher)).json().items.at(-1).id;
    await ds.query(`UPDATE questions SET archived_at = now() WHERE id = $1`, [id]);
  });

  describe('a learner’s attempt', () => {
    let quizId: string;
    let attempt: { id: string; questions: { id: string; type: string; options?: { id: string; text: string }[]; prompts?: { id: string; text: string }[] }[] };
    const q = (type: string) => attempt.questions.find((x) => x.type === type)!;

    beforeAll(async () => {
      quizId = await quiz({ maxAttempts: 2, shuffle: true });
      await publish();
      expect((await call('POST', `/courses/${courseId}/enrol`, tokens.somphone)).statusCode).toBe(201);
    });

    it('starts with no answer key, weight or feedback anywhere in the raw JSON', async () => {
      const res = await call('POST', `/quizzes/${quizId}/attempts`, tokens.somphone);
      expect(res.statusCode).toBe(201);
      const raw = res.body;
      for (const leak of [SECRET, '"weight"', '"correct"', '"answers"', '"pairs"', '"feedback"', '"generalFeedback"', '"rightAnswer"', '"fraction"', 'graderInfo']) expect(raw).not.toContain(leak);
      attempt = res.json();
      expect(attempt).toMatchObject({ status: 'in_progress', quizId, expiresAt: null });
      expect(attempt.questions).toHaveLength(QUESTIONS.length);
      expect(q('matching').prompts!.map((p) => p.text).sort()).toEqual(['Email', 'Spreadsheet']);
      expect(q('matching').options!.map((p) => p.text).sort()).toEqual(['Messages', 'Tables of numbers', 'Video calls']);
      // A reload resumes the same attempt instead of spending another.
      const again = await call('POST', `/quizzes/${quizId}/attempts`, tokens.somphone);
      expect(again.statusCode).toBe(200);
      expect(again.json().id).toBe(attempt.id);
      expect((await call('GET', `/attempts/${attempt.id}`, tokens.anna)).statusCode).toBe(404);
    });

    it('saves answers idempotently, last write winning, and refuses a wrong shape with a 400', async () => {
      const save = (responses: object[]) => call('PUT', `/attempts/${attempt.id}/responses`, tokens.somphone, { responses });
      const wrong = await save([{ questionId: q('single_choice').id, answer: ['o1'] }]);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().message).toContain(q('single_choice').id);
      expect((await save([{ questionId: q('numeric').id, answer: 'eight' }])).statusCode).toBe(400);
      expect((await save([{ questionId: '00000000-0000-4000-8000-000000000000', answer: 1 }])).statusCode).toBe(400);

      const matching = q('matching');
      const choice = (text: string) => matching.options!.find((o) => o.text === text)!.id;
      const prompt = (text: string) => matching.prompts!.find((p) => p.text === text)!.id;
      const answers = [
        { questionId: q('single_choice').id, answer: 'o2' },
        { questionId: q('multiple_choice').id, answer: ['o1', 'o2'] },
        { questionId: q('true_false').id, answer: true },
        { questionId: q('short_answer').id, answer: '  mtc ' },
        { questionId: q('numeric').id, answer: 8 },
        { questionId: matching.id, answer: { [prompt('Email')]: choice('Messages'), [prompt('Spreadsheet')]: choice('Video calls') } },
      ];
      for (let i = 0; i < 2; i++) expect((await save(answers)).statusCode).toBe(200);
      // The learner changes their mind: the last write wins.
      expect((await save([{ questionId: q('single_choice').id, answer: 'o1' }])).statusCode).toBe(200);
      // A write queued offline earlier than one already stored does not replace it.
      await save([{ questionId: q('true_false').id, answer: false, savedAt: new Date(Date.now() - 60_000).toISOString() }]);
      await save([{ questionId: q('true_false').id, answer: true, savedAt: new Date().toISOString() }]);
      await save([{ questionId: q('true_false').id, answer: false, savedAt: new Date(Date.now() - 30_000).toISOString() }]);
      const view = (await call('GET', `/attempts/${attempt.id}`, tokens.somphone)).json();
      expect(view.questions.find((x: { id: string }) => x.id === q('single_choice').id).answer).toBe('o1');
      expect(view.questions.find((x: { id: string }) => x.id === q('true_false').id).answer).toBe(true);
      expect(JSON.stringify(view)).not.toContain(SECRET);

      // null clears an answer; leaving `answer` out is a mistake.
      expect((await save([{ questionId: q('numeric').id, answer: null }])).statusCode).toBe(200);
      const cleared = (await call('GET', `/attempts/${attempt.id}`, tokens.somphone)).json();
      expect(cleared.questions.find((x: { id: string }) => x.id === q('numeric').id).answer).toBeNull();
      const missing = await save([{ questionId: q('numeric').id }]);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().message).toContain('answer');
      expect((await save([{ questionId: q('numeric').id, answer: 8 }])).statusCode).toBe(200);
    });

    it('submits with 202, twice harmlessly, and the worker grades it once with feedback', async () => {
      const first = await call('POST', `/attempts/${attempt.id}/submit`, tokens.somphone);
      expect(first.statusCode).toBe(202);
      expect(first.json()).toEqual({ id: attempt.id, status: 'submitted' });
      expect((await call('POST', `/attempts/${attempt.id}/submit`, tokens.somphone)).statusCode).toBe(202);
      expect((await call('PUT', `/attempts/${attempt.id}/responses`, tokens.somphone, { responses: [] })).statusCode).toBe(409);

      const result = await graded(attempt.id, tokens.somphone);
      // single 1 + multiple 1 + true/false 1 + short answer 1 + numeric 1 + matching ½ = 5.5 of 6
      expect(result).toMatchObject({ status: 'graded', score: 5.5, maxScore: 6, passed: true });
      const single = result.questions.find((x: { id: string }) => x.id === q('single_choice').id);
      expect(single.result).toMatchObject({ score: 1, maxScore: 1, correct: true, rightAnswer: 'o1' });
      expect(single.result.feedback.join(' ')).toContain(`${SECRET} right`);
      expect(result.questions.find((x: { id: string }) => x.id === q('matching').id).result).toMatchObject({ score: 0.5, correct: false });
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM attempt_gradings WHERE attempt_id = $1`, [attempt.id]);
      expect(n).toBe(1);
      // A passed quiz completes its course item.
      const course = (await call('GET', `/courses/${courseId}`, tokens.somphone)).json();
      expect(course.modules[0].items.find((i: { id: string }) => i.id === quizId).completed).toBe(true);
    });

    it('refuses a start past the attempt limit with 409', async () => {
      const second = await call('POST', `/quizzes/${quizId}/attempts`, tokens.somphone);
      expect(second.statusCode).toBe(201);
      expect((await call('POST', `/attempts/${second.json().id}/submit`, tokens.somphone)).statusCode).toBe(202);
      const third = await call('POST', `/quizzes/${quizId}/attempts`, tokens.somphone);
      expect(third.statusCode).toBe(409);
      expect(third.json().message).toMatch(/2 attempt/);
      const mine = (await call('GET', `/quizzes/${quizId}/me`, tokens.somphone)).json();
      expect(mine).toMatchObject({ attemptsUsed: 2, maxAttempts: 2, passed: true, locale: 'lo' });
      expect(mine.bestPercent).toBeCloseTo(91.67, 1);

      // Both limits lifted in the draft with null, as the quiz settings form sends an emptied field.
      expect((await call('PATCH', `/quizzes/${quizId}`, tokens.teacher, { maxAttempts: null, timeLimitMinutes: null })).statusCode).toBe(200);
      const draftQuiz = (await call('GET', `/quizzes/${quizId}`, tokens.teacher)).json();
      expect(draftQuiz).toMatchObject({ maxAttempts: null, timeLimitMinutes: null });
    });

    it('regrades graded attempts in the background when the key is fixed', async () => {
      const numeric = (await call('GET', `/question-banks/${bankId}/questions`, tokens.teacher)).json().items.find((x: { type: string }) => x.type === 'numeric');
      const { id, bankId: _b, version: _v, updatedAt: _u, ...fields } = numeric;
      const fixed = await call('PUT', `/questions/${id}`, tokens.teacher, { ...fields, answers: [{ value: 7, tolerance: 0, weight: 100 }] });
      expect(fixed.statusCode).toBe(200);
      expect(fixed.json().version).toBe(2);
      const regraded = await waitFor(async () => {
        const res = (await call('GET', `/attempts/${attempt.id}`, tokens.somphone)).json();
        return res.score === 4.5 ? res : null;
      }, 'the regrade');
      expect(regraded.questions.find((x: { id: string }) => x.id === id).result).toMatchObject({ score: 0, rightAnswer: 7 });
    });
  });

  it('submits an attempt left past its time limit, and refuses answers after the deadline', async () => {
    const quizId = await quiz({ timeLimitMinutes: 5 });
    await publish();
    await call('POST', `/courses/${courseId}/enrol`, tokens.anna);
    const started = (await call('POST', `/quizzes/${quizId}/attempts`, tokens.anna)).json();
    expect(new Date(started.expiresAt).getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
    const tf = started.questions.find((x: { type: string }) => x.type === 'true_false').id;
    expect((await call('PUT', `/attempts/${started.id}/responses`, tokens.anna, { responses: [{ questionId: tf, answer: true }] })).statusCode).toBe(200);

    // The deadline passes (and the grace for a save already on its way).
    await ds.query(`UPDATE quiz_attempts SET expires_at = now() - interval '1 minute', started_at = now() - interval '6 minutes' WHERE id = $1`, [started.id]);
    const late = await call('PUT', `/attempts/${started.id}/responses`, tokens.anna, { responses: [{ questionId: tf, answer: false }] });
    expect(late.statusCode).toBe(409);
    await worker.get(SubmitExpiredProcessor).handle();
    const result = await graded(started.id, tokens.anna);
    expect(result.status).toBe('graded');
    expect(new Date(result.submittedAt).getTime()).toBeLessThanOrEqual(Date.now() - 50_000);
    expect(result.questions.find((x: { id: string }) => x.id === tf).answer).toBe(true);
    expect(result.score).toBe(1);
  });

  it('sends essays to the grading queue; the instructor’s score completes the grading', async () => {
    const essayBank = (await call('POST', '/question-banks', tokens.teacher, { title: 'Essays', courseId })).json().id;
    await call('POST', `/question-banks/${essayBank}/questions`, tokens.teacher, { type: 'essay', prompt: 'Describe a phishing email you have seen.', format: 'plain', points: 10, graderInfo: 'Look for a sender check' });
    await call('POST', `/question-banks/${essayBank}/questions`, tokens.teacher, { type: 'true_false', prompt: 'Report phishing to IT.', format: 'plain', correct: true });
    const quizId = (await call('POST', `/modules/${moduleId}/quizzes`, tokens.teacher, { title: 'Essay', questionBankId: essayBank, selection: { mode: 'all' }, passPercent: 50 })).json().id;
    await publish();
    const started = (await call('POST', `/quizzes/${quizId}/attempts`, tokens.somphone)).json();
    const [essay, tf] = ['essay', 'true_false'].map((t) => started.questions.find((x: { type: string }) => x.type === t).id);
    await call('PUT', `/attempts/${started.id}/responses`, tokens.somphone, { responses: [{ questionId: essay, answer: 'ອີເມວຈາກ "ທະນາຄານ" ທີ່ຂໍລະຫັດຜ່ານ' }, { questionId: tf, answer: true }] });
    await call('POST', `/attempts/${started.id}/submit`, tokens.somphone);
    expect((await graded(started.id, tokens.somphone)).status).toBe('needs_review');

    const pending = (await call('GET', '/grading/pending', tokens.teacher)).json();
    expect(pending.items).toEqual([expect.objectContaining({ attemptId: started.id, questionId: essay, learnerName: 'ສົມພອນ', courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ', quizTitle: 'Essay', maxScore: 10, graderInfo: 'Look for a sender check', answer: expect.stringContaining('ທະນາຄານ') })]);
    expect((await call('GET', '/grading/pending', tokens.rival)).json().items).toEqual([]);
    expect((await call('POST', `/attempts/${started.id}/responses/${essay}/grade`, tokens.rival, { score: 5 })).statusCode).toBe(404);
    expect((await call('POST', `/attempts/${started.id}/responses/${essay}/grade`, tokens.teacher, { score: 11 })).statusCode).toBe(400);
    expect((await call('POST', `/attempts/${started.id}/responses/${essay}/grade`, tokens.teacher, { score: 7, comment: 'ດີຫຼາຍ' })).statusCode).toBe(200);
    const done = (await call('GET', `/attempts/${started.id}`, tokens.somphone)).json();
    expect(done).toMatchObject({ status: 'graded', score: 8, maxScore: 11, passed: true });
    expect(done.questions.find((x: { id: string }) => x.id === essay).result).toMatchObject({ score: 7, comment: 'ດີຫຼາຍ' });
    expect((await call('GET', '/grading/pending', tokens.teacher)).json().items).toEqual([]);
    // A grade sent from a stale queue does not overwrite the one given; without the flag it replaces it.
    const stale = await call('POST', `/attempts/${started.id}/responses/${essay}/grade`, tokens.teacher, { score: 2, ifUngraded: true });
    expect([stale.statusCode, stale.json().details[0]?.code]).toEqual([409, 'assessments.already-graded']);
    expect((await call('GET', `/attempts/${started.id}`, tokens.somphone)).json().score).toBe(8);
    expect((await call('POST', `/attempts/${started.id}/responses/${essay}/grade`, tokens.teacher, { score: 9, comment: 'ດີເລີດ' })).statusCode).toBe(200);
    expect((await call('GET', `/attempts/${started.id}`, tokens.somphone)).json()).toMatchObject({ status: 'graded', score: 10 });
  });

  it('keeps a final exam closed until the other modules are complete', async () => {
    const lessonModule = (await call('POST', `/courses/${courseId}/modules`, tokens.teacher, { title: 'ພາກທີ 2' })).json().id;
    const lesson = (await call('POST', `/modules/${lessonModule}/lessons`, tokens.teacher, { title: 'ບົດທີ 1', markdown: 'ເນື້ອໃນ' })).json().id;
    const examModule = (await call('POST', `/courses/${courseId}/modules`, tokens.teacher, { title: 'ເສັງ' })).json().id;
    const exam = (await call('POST', `/modules/${examModule}/quizzes`, tokens.teacher, { title: 'Final', questionBankId: bankId, selection: { mode: 'random', count: 2 }, passPercent: 50, requiresOtherModules: true })).json().id;
    await publish();
    const refused = await call('POST', `/quizzes/${exam}/attempts`, tokens.anna);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ itemId: lesson })]));
  });
});
