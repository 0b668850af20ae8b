import type { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { ExportView } from '@lms/contracts';
import { FileStorage } from '@lms/server-core';
import type { OrgUnit } from '@lms/server-org';
import { ExportWriter } from '@lms/server-reports';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { waitFor } from '../testing/grading-fixture';
import { startWorker } from '../testing/start-worker';

/**
 * HR exports end to end: asked for through the API, written by the worker (outbox, BullMQ, COPY,
 * the streaming XLSX writer, file storage), downloaded and parsed back here, with CSV read by
 * csv-parse and XLSX by ExcelJS, neither of them Lane's. Lao survives, injected formulas come out
 * inert, every row is there; scope and ownership hold at request, status and download; every
 * export and download is in the audit log; files expire.
 */
describe('Report exports (real API, worker, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let mof: OrgUnit;
  let budget: OrgUnit;
  let moha: OrgUnit;
  let courseId: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const call = (method: 'GET' | 'POST', url: string, token?: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });
  const ask = async (token: string, body: object): Promise<ExportView> => {
    const res = await call('POST', '/reports/exports', token, body);
    expect(res.statusCode).toBe(202);
    return res.json();
  };
  const finished = (token: string, id: string): Promise<ExportView> =>
    waitFor(
      async () => {
        const view: ExportView = (await call('GET', `/reports/exports/${id}`, token)).json();
        return view.status === 'done' || view.status === 'failed' ? view : null;
      },
      `export ${id}`,
      20_000,
    );
  const download = async (token: string, id: string) => {
    const res = await call('GET', `/reports/exports/${id}/download`, token);
    return { status: res.statusCode, headers: res.headers, body: res.rawPayload };
  };
  const csvRows = (body: Buffer): string[][] => parse(body, { bom: true, relax_column_count: false });
  /** The XLSX as rows of text, times written back as report_time() writes them, so that they compare with the CSV. */
  async function xlsxRows(body: Buffer): Promise<{ rows: string[][]; sheet: ExcelJS.Worksheet }> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const v = row.getCell(c).value;
        values.push(v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : v === null || v === undefined ? '' : String(v));
      }
      rows.push(values);
    });
    return { rows, sheet };
  }

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    mof = await api.unit('MOF');
    budget = await api.unit('MOF-BUD', mof);
    moha = await api.unit('MOHA');
    await api.user('hr@mof.gov.la', mof, ['hr_manager']);
    await api.user('hr@moha.gov.la', moha, ['hr_manager']);
    await api.user('admin@mtc.gov.la', moha, ['admin']);
    const learner = await api.user('learner@mof.gov.la', budget, [], { displayName: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ', employeeId: 'MOF-001', position: 'ວິຊາການ' });
    // Values an attacker could type into a profile, each a formula if a spreadsheet took it as typed.
    const attacker = await api.user('evil@mof.gov.la', budget, [], { displayName: '=HYPERLINK("http://evil.example","ກົດທີ່ນີ້")', employeeId: '@SUM(A1)', position: '+1-2' });
    await api.user('tab@mof.gov.la', mof, [], { displayName: '\tຈັນທະວົງ', position: '-5' });
    await api.user('moha.staff@moha.gov.la', moha, [], { displayName: 'ນາງ ມະນີ' });
    for (const [name, email] of Object.entries({ hr: 'hr@mof.gov.la', otherHr: 'hr@moha.gov.la', admin: 'admin@mtc.gov.la', learner: 'learner@mof.gov.la' })) {
      tokens[name] = (await api.login(email)).accessToken;
    }
    ids.learner = learner.id;
    ids.attacker = attacker.id;

    [{ id: courseId }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('security', 'lo', $1, 'published', 1) RETURNING id`, [learner.id]);
    await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'ຄວາມປອດໄພທາງໄຊເບີ, ພື້ນຖານ', 'cybersecurity', 'beginner')`, [courseId]);
    const [{ id: emailCourse }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('email', 'lo', $1, 'published', 1) RETURNING id`, [learner.id]);
    await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, '=1+1 ອີເມວ', 'email', 'beginner')`, [emailCourse]);
    // Everyone in every course: completed, in progress, overdue, not started.
    await ds.query(
      `INSERT INTO enrolments (user_id, course_id, course_version, enrolled_at, started_at, completed_at, due_at)
       SELECT u.id, c.id, 1, '2026-11-03T02:30:00Z',
              CASE WHEN u.email LIKE 'learner%' OR u.email LIKE 'evil%' THEN '2026-11-04T03:00:00Z'::timestamptz END,
              CASE WHEN u.email LIKE 'learner%' AND c.slug = 'security' THEN '2026-11-10T09:15:00Z'::timestamptz END,
              CASE WHEN u.email LIKE 'evil%' THEN now() - interval '1 day' END
       FROM users u CROSS JOIN courses c WHERE u.email NOT LIKE 'hr@%' AND u.email NOT LIKE 'admin@%'`,
    );
    const [enrolment] = await ds.query(`SELECT id, user_id FROM enrolments WHERE completed_at IS NOT NULL`);
    await ds.query(
      `INSERT INTO certificates (code, enrolment_id, cycle, user_id, course_id, course_version, holder_name, course_title, locale, completed_at, score_percent, key_id, qr_jws)
       VALUES ('K7QX-2M9P-4TZC', $1, 1, $2, $3, 1, 'ທ້າວ ສົມພອນ ວົງສະຫວັນ', 'ຄວາມປອດໄພທາງໄຊເບີ', 'lo', now(), 87.5, 'k', 'x')`,
      [enrolment.id, enrolment.user_id, courseId],
    );
    worker = await startWorker(api.config);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('writes completions as CSV with a BOM and Lao headings, one row per enrolment in the unit’s subtree, formulas inert', async () => {
    const asked = await ask(tokens.hr, { kind: 'completions', orgUnitId: mof.id, format: 'csv' });
    expect(asked).toMatchObject({ id: expect.any(String), status: 'queued' });
    const done = await finished(tokens.hr, asked.id);
    expect(done).toMatchObject({ status: 'done', rowCount: 6, error: null, kind: 'completions', format: 'csv' });
    ids.completionsCsv = asked.id;

    const file = await download(tokens.hr, asked.id);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="lane-completions-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [head, ...rows] = csvRows(file.body);
    expect(head).toEqual(['ລະຫັດພະນັກງານ', 'ຊື່ ແລະ ນາມສະກຸນ', 'ຕຳແໜ່ງ', 'ພາກສ່ວນ', 'ຫຼັກສູດ', 'ສະຖານະ', 'ວັນທີມອບໝາຍ / ລົງທະບຽນ', 'ວັນກຳນົດສົ່ງ', 'ວັນທີສຳເລັດ', 'ຄະແນນ (%)', 'ລະຫັດໃບຢັ້ງຢືນ']);
    // Three people of MOF's subtree (not MOHA's) in two courses.
    expect(rows).toHaveLength(6);
    expect(rows).toContainEqual([
      'MOF-001',
      'ທ້າວ ສົມພອນ ວົງສະຫວັນ',
      'ວິຊາການ',
      `${mof.nameLo} / ${budget.nameLo}`,
      'ຄວາມປອດໄພທາງໄຊເບີ, ພື້ນຖານ',
      'ສຳເລັດແລ້ວ',
      '2026-11-03 09:30',
      '',
      '2026-11-10 16:15',
      '87.50',
      'K7QX-2M9P-4TZC',
    ]);
    const evil = rows.filter((r) => r[1].includes('HYPERLINK'));
    expect(evil).toHaveLength(2);
    for (const r of evil) {
      expect(r.slice(0, 3)).toEqual(["'@SUM(A1)", `'=HYPERLINK("http://evil.example","ກົດທີ່ນີ້")`, "'+1-2"]);
      expect(r[5]).toBe('ກາຍກຳນົດ');
    }
    expect(rows.filter((r) => r[4] === "'=1+1 ອີເມວ")).toHaveLength(3);
    const tabbed = rows.find((r) => r[1].includes('ຈັນທະວົງ'))!;
    expect(tabbed.slice(1, 3)).toEqual(["'\tຈັນທະວົງ", "'-5"]);
    expect(tabbed[5]).toBe('ຍັງບໍ່ໄດ້ເລີ່ມ');
    // No cell of the file starts with a formula character.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes the same completions as XLSX that ExcelJS opens: Lao intact, times as dates, scores as numbers, no formulas', async () => {
    const asked = await ask(tokens.hr, { kind: 'completions', orgUnitId: mof.id, format: 'xlsx' });
    expect(await finished(tokens.hr, asked.id)).toMatchObject({ status: 'done', rowCount: 6 });
    const file = await download(tokens.hr, asked.id);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { rows, sheet } = await xlsxRows(file.body);
    expect(sheet.name).toBe('ການສຳເລັດຫຼັກສູດ');
    const csv = csvRows((await download(tokens.hr, ids.completionsCsv)).body);
    // The same table, cell for cell, except that a number is a number (87.5, not "87.50").
    expect(rows.map((r) => r.map((v) => v.replace(/^87\.5$/, '87.50')))).toEqual(csv);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      }),
    );
    const completed = sheet.getRows(2, 6)!.find((r) => r.getCell(9).value instanceof Date)!;
    expect(completed.getCell(9).value).toEqual(new Date('2026-11-10T16:15:00Z'));
    expect(completed.getCell(10).value).toBe(87.5);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('writes learners and courses in both formats, the totals adding up', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const learners = await ask(tokens.hr, { kind: 'learners', orgUnitId: mof.id, format });
      const courses = await ask(tokens.hr, { kind: 'courses', orgUnitId: mof.id, format, courseId });
      expect(await finished(tokens.hr, learners.id)).toMatchObject({ status: 'done', rowCount: 4 });
      expect(await finished(tokens.hr, courses.id)).toMatchObject({ status: 'done', rowCount: 1 });
      const read = async (id: string) => {
        const { body } = await download(tokens.hr, id);
        return format === 'csv' ? csvRows(body) : (await xlsxRows(body)).rows;
      };
      const [lHead, ...lRows] = await read(learners.id);
      expect(lHead[4]).toBe('ຫຼັກສູດທີ່ລົງທະບຽນ');
      // The HR manager has no enrolments; the three others have two each.
      expect(lRows.map((r) => Number(r[4])).sort()).toEqual([0, 2, 2, 2]);
      expect(lRows.find((r) => r[0] === 'MOF-001')!.slice(4, 10)).toEqual(['2', '1', '1', '0', '2026-11-10 16:15', '1']);
      const [cHead, ...cRows] = await read(courses.id);
      expect(cHead).toEqual(['ຫຼັກສູດ', 'ໝວດ', 'ລົງທະບຽນ', 'ສຳເລັດແລ້ວ', 'ກຳລັງຮຽນ', 'ກາຍກຳນົດ', 'ອັດຕາສຳເລັດ', 'ຄະແນນສະເລ່ຍ (%)']);
      expect(cRows).toHaveLength(1);
      expect(cRows[0].slice(0, 6)).toEqual(['ຄວາມປອດໄພທາງໄຊເບີ, ພື້ນຖານ', 'ຄວາມປອດໄພທາງໄຊເບີ', '3', '1', '1', '1']);
      expect(Number(cRows[0][6])).toBeCloseTo(1 / 3, 4);
      expect(Number(cRows[0][7])).toBe(87.5);
    }
  });

  it('tells the asker when the file is ready, in the app (and so in the next email digest)', async () => {
    const mine = (await call('GET', '/me/notifications', tokens.hr)).json();
    const ready = mine.items.filter((n: { kind: string }) => n.kind === 'export_ready');
    expect(ready.length).toBeGreaterThanOrEqual(6);
    expect(ready.map((n: { exportId: string }) => n.exportId)).toContain(ids.completionsCsv);
    expect(ready[0].expiresAt).toEqual(expect.any(String));
  });

  it('keeps each export to its asker and their scope: 404 for other HR managers, even for an admin’s, 403 for learners', async () => {
    const own = ids.completionsCsv;
    expect((await call('POST', '/reports/exports', tokens.otherHr, { kind: 'completions', orgUnitId: mof.id, format: 'csv' })).statusCode).toBe(404);
    expect((await call('POST', '/reports/exports', tokens.otherHr, { kind: 'learners', orgUnitId: budget.id, format: 'xlsx' })).statusCode).toBe(404);
    expect((await call('GET', `/reports/exports/${own}`, tokens.otherHr)).statusCode).toBe(404);
    expect((await download(tokens.otherHr, own)).status).toBe(404);

    // An admin's export of MOF, its link forwarded to MOF's own HR manager: still not theirs.
    const admins = await ask(tokens.admin, { kind: 'completions', orgUnitId: mof.id, format: 'csv' });
    expect(await finished(tokens.admin, admins.id)).toMatchObject({ status: 'done' });
    expect((await call('GET', `/reports/exports/${admins.id}`, tokens.hr)).statusCode).toBe(404);
    expect((await download(tokens.hr, admins.id)).status).toBe(404);
    expect((await download(tokens.otherHr, admins.id)).status).toBe(404);
    // Admins may fetch any.
    expect((await download(tokens.admin, own)).status).toBe(200);

    for (const [method, url] of [
      ['POST', '/reports/exports'],
      ['GET', `/reports/exports/${own}`],
      ['GET', `/reports/exports/${own}/download`],
      ['GET', '/reports/exports'],
    ] as const) {
      expect((await call(method, url, tokens.learner, { kind: 'completions', orgUnitId: mof.id, format: 'csv' })).statusCode).toBe(403);
    }
    const list: ExportView[] = (await call('GET', '/reports/exports', tokens.hr)).json();
    expect(list.map((e) => e.id)).toContain(own);
    expect(list.map((e) => e.id)).not.toContain(admins.id);
  });

  it('records every export asked for and every download in the audit log: who, what scope, when', async () => {
    const rows: { actor_id: string; action: string; org_unit_id: string; subject_id: string; details: Record<string, unknown>; at: Date }[] = await ds.query(
      `SELECT actor_id, action, org_unit_id, subject_id, details, at FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [ids.completionsCsv],
    );
    const [hr] = await ds.query(`SELECT id FROM users WHERE email = 'hr@mof.gov.la'`);
    const [admin] = await ds.query(`SELECT id FROM users WHERE email = 'admin@mtc.gov.la'`);
    expect(rows[0]).toMatchObject({ actor_id: hr.id, action: 'report.export.requested', org_unit_id: mof.id, details: { kind: 'completions', format: 'csv', courseId: null } });
    expect(rows.filter((r) => r.action === 'report.export.downloaded').map((r) => r.actor_id)).toEqual(expect.arrayContaining([hr.id, admin.id]));
    expect(Date.now() - new Date(rows[0].at).getTime()).toBeLessThan(120_000);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.export.requested'`);
    const [{ m }] = await ds.query(`SELECT count(*)::int AS m FROM report_exports`);
    expect(n).toBe(m);
  });

  it('refuses bad requests with a 4xx saying what is wrong, and writes nothing', async () => {
    const before = (await ds.query(`SELECT count(*)::int AS n FROM report_exports`))[0].n;
    const cases: [object, number, string][] = [
      [{ kind: 'everything', orgUnitId: mof.id, format: 'csv' }, 400, 'kind'],
      [{ kind: 'completions', orgUnitId: mof.id, format: 'pdf' }, 400, 'format'],
      [{ kind: 'completions', orgUnitId: 'MOF', format: 'csv' }, 400, 'orgUnitId'],
      [{ kind: 'completions', orgUnitId: mof.id, format: 'csv', from: '2026-12-01', to: '2026-01-01' }, 400, 'reports.range-reversed'],
      [{ kind: 'completions', orgUnitId: mof.id, format: 'csv', courseId: '00000000-0000-4000-8000-000000000000' }, 422, 'courseId'],
    ];
    for (const [body, status, says] of cases) {
      const res = await call('POST', '/reports/exports', tokens.hr, body);
      expect(res.statusCode).toBe(status);
      expect(res.body).toContain(says);
    }
    expect((await ds.query(`SELECT count(*)::int AS n FROM report_exports`))[0].n).toBe(before);
  });

  it('deletes a file once its seven days are over; the download then answers 410', async () => {
    const [row] = await ds.query(`SELECT file_key, expires_at, created_at FROM report_exports WHERE id = $1`, [ids.completionsCsv]);
    expect(new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()).toBe(7 * 24 * 3600 * 1000);
    await ds.query(`UPDATE report_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`, [ids.completionsCsv]);
    expect(await worker.get(ExportWriter).expire()).toBe(1);
    expect(await api.app.get(FileStorage).get(row.file_key)).toBeNull();
    expect((await download(tokens.hr, ids.completionsCsv)).status).toBe(410);
    expect((await call('GET', `/reports/exports/${ids.completionsCsv}`, tokens.hr)).json().status).toBe('done');
  });
});
