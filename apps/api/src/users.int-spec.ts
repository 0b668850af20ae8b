import { DataSource } from 'typeorm';
import type { OrgUnit } from '@lms/server-org';
import { startApi, type ApiHarness } from './testing/api-harness';

const HEADER = 'email,displayName,employeeId,orgUnitCode,position,locale';

function multipart(content: string, field = 'file', filename = 'users.csv') {
  const boundary = '----lane-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('Org units and users (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let units: Record<'mof' | 'budget' | 'tax' | 'moha', OrgUnit>;
  let tokens: Record<'admin' | 'hr' | 'learner', string>;
  let ids: Record<'outsider' | 'learner' | 'hr' | 'sibling', string>;

  beforeAll(async () => {
    api = await startApi();
    const mof = await api.unit('MOF');
    units = { mof, budget: await api.unit('MOF-BUD', mof), tax: await api.unit('MOF-TAX', mof), moha: await api.unit('MOHA') };
    await api.user('admin@mtc.gov.la', units.mof, ['admin']);
    const hr = await api.user('hr@mof.gov.la', units.budget, ['hr_manager']);
    const learner = await api.user('noy@mof.gov.la', units.budget);
    const outsider = await api.user('kham@moha.gov.la', units.moha);
    const sibling = await api.user('tax@mof.gov.la', units.tax);
    ids = { outsider: outsider.id, learner: learner.id, hr: hr.id, sibling: sibling.id };
    tokens = {
      admin: (await api.login('admin@mtc.gov.la')).accessToken,
      hr: (await api.login('hr@mof.gov.la')).accessToken,
      learner: (await api.login('noy@mof.gov.la')).accessToken,
    };
  });
  afterAll(() => api.close());

  describe('GET /org-units', () => {
    it('returns the whole tree to a learner, nested, with both names', async () => {
      const res = await api.request({ method: 'GET', url: '/api/v1/org-units', token: tokens.learner });
      expect(res.statusCode).toBe(200);
      const mof = res.json().find((n: { code: string }) => n.code === 'MOF');
      expect(mof).toMatchObject({ id: units.mof.id, code: 'MOF', name: { lo: 'ໜ່ວຍງານ MOF', en: 'Unit MOF' }, parentId: null });
      expect(mof.children.map((c: { code: string }) => c.code).sort()).toEqual(['MOF-BUD', 'MOF-TAX']);
    });

    it('returns an HR manager their own subtree', async () => {
      const res = await api.request({ method: 'GET', url: '/api/v1/org-units', token: tokens.hr });
      expect(res.json().map((n: { code: string }) => n.code)).toEqual(['MOF-BUD']);
    });
  });

  describe('POST /org-units', () => {
    it('lets an admin add a unit under a parent', async () => {
      const res = await api.request({ method: 'POST', url: '/api/v1/org-units', token: tokens.admin, payload: { code: 'MOF-BUD-PLAN', name: { lo: 'ພະແນກແຜນການ', en: 'Planning Division' }, parentId: units.budget.id } });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ code: 'MOF-BUD-PLAN', parentId: units.budget.id, kind: 'division', children: [] });
      const audited = await api.app.get(DataSource).query(`SELECT a.action, u.email, a.org_unit_id AS "unitId", a.details FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE a.subject_id = $1`, [res.json().id]);
      expect(audited).toEqual([{ action: 'org.unit.created', email: 'admin@mtc.gov.la', unitId: res.json().id, details: { code: 'MOF-BUD-PLAN', kind: 'division', parentId: units.budget.id } }]);
      const conflict = await api.request({ method: 'POST', url: '/api/v1/org-units', token: tokens.admin, payload: { code: 'MOF-BUD-PLAN', name: { lo: 'x', en: 'x' } } });
      expect(conflict.statusCode).toBe(409);
    });

    it('refuses HR managers and learners with 403 and bad input with 400', async () => {
      const body = { code: 'NEW-UNIT', name: { lo: 'x', en: 'x' } };
      expect((await api.request({ method: 'POST', url: '/api/v1/org-units', token: tokens.hr, payload: body })).statusCode).toBe(403);
      expect((await api.request({ method: 'POST', url: '/api/v1/org-units', token: tokens.learner, payload: body })).statusCode).toBe(403);
      const bad = await api.request({ method: 'POST', url: '/api/v1/org-units', token: tokens.admin, payload: { code: 'lower case', name: { lo: '' } } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['code', 'name.en', 'name.lo']);
    });
  });

  describe('GET /users', () => {
    it('lists only the HR manager’s subtree, paged', async () => {
      const res = await api.request({ method: 'GET', url: '/api/v1/users?pageSize=10', token: tokens.hr });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ page: 1, pageSize: 10, total: 2 });
      expect(body.items.map((u: { email: string }) => u.email).sort()).toEqual(['hr@mof.gov.la', 'noy@mof.gov.la']);
      expect(res.body).not.toContain('password');
    });

    it('filters by org unit subtree, role and text for an admin', async () => {
      const bySubtree = await api.request({ method: 'GET', url: `/api/v1/users?orgUnitId=${units.mof.id}`, token: tokens.admin });
      expect(bySubtree.json().total).toBe(4);
      const byRole = await api.request({ method: 'GET', url: '/api/v1/users?role=hr_manager', token: tokens.admin });
      expect(byRole.json().items.map((u: { email: string }) => u.email)).toEqual(['hr@mof.gov.la']);
      const byText = await api.request({ method: 'GET', url: '/api/v1/users?q=KHAM', token: tokens.admin });
      expect(byText.json().items.map((u: { email: string }) => u.email)).toEqual(['kham@moha.gov.la']);
      const wildcard = await api.request({ method: 'GET', url: '/api/v1/users?q=%25', token: tokens.admin });
      expect(wildcard.json().total).toBe(0);
    });

    it('answers 404 to an HR manager filtering by a unit outside their subtree', async () => {
      expect((await api.request({ method: 'GET', url: `/api/v1/users?orgUnitId=${units.moha.id}`, token: tokens.hr })).statusCode).toBe(404);
    });

    it('refuses learners with 403', async () => {
      expect((await api.request({ method: 'GET', url: '/api/v1/users', token: tokens.learner })).statusCode).toBe(403);
    });
  });

  describe('GET and PATCH /users/:id', () => {
    it('answers 404 to an HR manager reading a user outside their subtree, as for one who does not exist', async () => {
      const outside = await api.request({ method: 'GET', url: `/api/v1/users/${ids.outsider}`, token: tokens.hr });
      const sibling = await api.request({ method: 'GET', url: `/api/v1/users/${ids.sibling}`, token: tokens.hr });
      const missing = await api.request({ method: 'GET', url: '/api/v1/users/00000000-0000-4000-8000-000000000000', token: tokens.hr });
      expect(outside.statusCode).toBe(404);
      expect(sibling.statusCode).toBe(404);
      expect(outside.json()).toEqual(missing.json());
      expect((await api.request({ method: 'PATCH', url: `/api/v1/users/${ids.outsider}`, token: tokens.hr, payload: { displayName: 'x' } })).statusCode).toBe(404);
    });

    it('refuses a learner changing their own roles', async () => {
      const res = await api.request({ method: 'PATCH', url: `/api/v1/users/${ids.learner}`, token: tokens.learner, payload: { roles: ['learner', 'admin'] } });
      expect(res.statusCode).toBe(403);
      const me = await api.request({ method: 'GET', url: '/api/v1/me', token: tokens.learner });
      expect(me.json().roles).toEqual(['learner']);
    });

    it('refuses an HR manager granting admin or instructor, or changing their own roles', async () => {
      const grant = (roles: string[], id = ids.learner) => api.request({ method: 'PATCH', url: `/api/v1/users/${id}`, token: tokens.hr, payload: { roles } });
      expect((await grant(['learner', 'admin'])).statusCode).toBe(403);
      expect((await grant(['learner', 'instructor'])).statusCode).toBe(403);
      expect((await grant(['learner'], ids.hr)).statusCode).toBe(403);
    });

    it('lets an HR manager edit a user of their subtree, and an admin grant any role', async () => {
      const edit = await api.request({ method: 'PATCH', url: `/api/v1/users/${ids.learner}`, token: tokens.hr, payload: { displayName: 'ນ້ອຍ', position: 'Budget officer' } });
      expect(edit.statusCode).toBe(200);
      expect(edit.json()).toMatchObject({ displayName: 'ນ້ອຍ', position: 'Budget officer' });
      const grant = await api.request({ method: 'PATCH', url: `/api/v1/users/${ids.sibling}`, token: tokens.admin, payload: { roles: ['instructor'] } });
      expect(grant.json().roles).toEqual(['learner', 'instructor']);
    });

    it('disabling a user revokes their sessions', async () => {
      const unit = units.tax;
      const target = await api.user('leaving@mof.gov.la', unit);
      const session = await api.login('leaving@mof.gov.la');
      const res = await api.request({ method: 'PATCH', url: `/api/v1/users/${target.id}`, token: tokens.admin, payload: { status: 'disabled' } });
      expect(res.json().status).toBe('disabled');
      expect((await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: session.refreshToken } })).statusCode).toBe(401);
      expect((await api.request({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'leaving@mof.gov.la', password: 'a perfectly fine passphrase' }, remoteAddress: '10.9.0.1' })).statusCode).toBe(401);
    });
  });

  describe('POST /users', () => {
    it('creates a user in scope with 201, and refuses duplicates and out-of-scope units', async () => {
      const body = { email: 'Vone@MOF.gov.la', displayName: 'ວອນ', employeeId: 'MOF-77', orgUnitId: units.budget.id, locale: 'lo', password: 'ນ້ຳຂອງໄຫຼຍາວ 2026' };
      const res = await api.request({ method: 'POST', url: '/api/v1/users', token: tokens.hr, payload: body });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ email: 'vone@mof.gov.la', roles: ['learner'], orgUnitId: units.budget.id, status: 'active' });
      expect((await api.login('MOF-77', 'ນ້ຳຂອງໄຫຼຍາວ 2026')).accessToken).toBeTruthy();
      expect((await api.request({ method: 'POST', url: '/api/v1/users', token: tokens.hr, payload: { ...body, employeeId: 'MOF-78' } })).statusCode).toBe(409);
      expect((await api.request({ method: 'POST', url: '/api/v1/users', token: tokens.hr, payload: { ...body, email: 'x@moha.gov.la', employeeId: null, orgUnitId: units.moha.id } })).statusCode).toBe(404);
    });
  });

  describe('POST /users/import', () => {
    const upload = (content: string, token = tokens.hr) => api.request({ method: 'POST', url: '/api/v1/users/import', token, ...multipart(content) });

    it('validates the whole file, reports errors by line, and writes nothing', async () => {
      const ds = api.app.get(DataSource);
      const [{ count: before }] = await ds.query('SELECT count(*)::int AS count FROM users');
      const csv = [HEADER, 'good@mof.gov.la,Good,,MOF-BUD,,lo', 'bad-email,Bad,,MOF-BUD,,lo', 'out@mof.gov.la,Out,,MOHA,,lo', 'loc@mof.gov.la,Loc,,MOF-BUD,,th'].join('\n');
      const res = await upload(csv);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([
        { line: 3, field: 'email', message: 'is not an email address' },
        { line: 5, field: 'locale', message: 'must be lo or en' },
      ]);
      const scoped = await upload([HEADER, 'good@mof.gov.la,Good,,MOF-BUD,,lo', 'out@mof.gov.la,Out,,MOHA,,lo'].join('\n'));
      expect(scoped.json().errors).toEqual([{ line: 3, field: 'orgUnitCode', message: 'no org unit "MOHA" that you manage' }]);
      const [{ count: after }] = await ds.query('SELECT count(*)::int AS count FROM users');
      expect(after).toBe(before);
    });

    it('imports, and re-importing the same file changes nothing', async () => {
      const csv = `${HEADER}\nimp1@mof.gov.la,ບຸນມີ,MOF-I1,MOF-BUD,Officer,lo\nimp2@mof.gov.la,Bounmy,,MOF-BUD,,en\nnoy@mof.gov.la,ນ້ອຍ,,MOF-BUD,Senior budget officer,lo\n`;
      expect((await upload(csv)).json()).toEqual({ created: 2, updated: 1 });
      expect((await upload(csv)).json()).toEqual({ created: 0, updated: 0 });
    });

    it('refuses a request without a file, a wrong field, and learners', async () => {
      expect((await api.request({ method: 'POST', url: '/api/v1/users/import', token: tokens.hr, payload: { file: 'x' } })).statusCode).toBe(400);
      expect((await api.request({ method: 'POST', url: '/api/v1/users/import', token: tokens.hr, ...multipart(HEADER, 'upload') })).statusCode).toBe(400);
      expect((await upload(HEADER, tokens.learner)).statusCode).toBe(403);
    });

    it('imports 20,000 rows in one go, all or nothing', async () => {
      const rows = Array.from({ length: 20_000 }, (_, i) => `bulk${i}@mof.gov.la,ຜູ້ຮຽນ ${i},B-${i},${i % 2 ? 'MOF-BUD' : 'MOF-TAX'},Officer,${i % 3 ? 'lo' : 'en'}`);
      const started = Date.now();
      const res = await upload([HEADER, ...rows].join('\n'), tokens.admin);
      const ms = Date.now() - started;
      expect(res.json()).toEqual({ created: 20_000, updated: 0 });
      expect(ms).toBeLessThan(60_000);
      const again = await upload([HEADER, ...rows].join('\n'), tokens.admin);
      expect(again.json()).toEqual({ created: 0, updated: 0 });
    }, 120_000);
  });
  describe('whose account an HR manager may change', () => {
    const people: Record<'admin' | 'instructor' | 'peer' | 'junior' | 'plain', string> = { admin: '', instructor: '', peer: '', junior: '', plain: '' };

    beforeAll(async () => {
      const division = await api.unit('MOF-BUD-DIV', units.budget);
      people.admin = (await api.user('boss@mof.gov.la', units.budget, ['admin'])).id;
      people.instructor = (await api.user('teach@mof.gov.la', units.budget, ['instructor'])).id;
      people.peer = (await api.user('peer.hr@mof.gov.la', units.budget, ['hr_manager'])).id;
      people.junior = (await api.user('div.hr@mof.gov.la', division, ['hr_manager'])).id;
      people.plain = (await api.user('clerk@mof.gov.la', division)).id;
    });

    const patch = (id: string, payload: object, token = tokens.hr) => api.request({ method: 'PATCH', url: `/api/v1/users/${id}`, token, payload });

    it('refuses, with 403 and nothing changed, to reset the password or email of an admin, an instructor or a fellow HR manager of their unit', async () => {
      for (const id of [people.admin, people.instructor, people.peer]) {
        for (const payload of [{ password: 'a-brand-new-passphrase-2026' }, { email: `taken.over.${id.slice(0, 8)}@mof.gov.la` }, { status: 'disabled' }, { displayName: 'x' }]) {
          const res = await patch(id, payload);
          expect({ payload, status: res.statusCode, code: res.json().details?.[0]?.code }).toEqual({ payload, status: 403, code: 'identity.user-not-manageable' });
        }
      }
      // The admin can still sign in with their own password, and nothing else moved.
      expect((await api.login('boss@mof.gov.la', undefined, '10.9.0.7')).accessToken).toEqual(expect.any(String));
      const admin = (await api.request({ method: 'GET', url: `/api/v1/users/${people.admin}`, token: tokens.admin })).json();
      expect(admin).toMatchObject({ email: 'boss@mof.gov.la', status: 'active' });
    });

    it('still lets them change learners and HR managers of the units below their own, and an admin change anyone', async () => {
      expect((await patch(people.plain, { position: 'Clerk' })).statusCode).toBe(200);
      expect((await patch(people.junior, { position: 'Division HR' })).statusCode).toBe(200);
      expect((await patch(ids.hr, { position: 'Budget HR' })).statusCode).toBe(200);
      expect((await patch(people.instructor, { position: 'Trainer' }, tokens.admin)).statusCode).toBe(200);
    });

    it('refuses the same through a CSV import, by line, and writes nothing', async () => {
      const csv = [HEADER, 'clerk@mof.gov.la,Clerk Two,,MOF-BUD-DIV,,lo', 'teach@mof.gov.la,Renamed,,MOF-BUD,,lo'].join('\n');
      const res = await api.request({ method: 'POST', url: '/api/v1/users/import', token: tokens.hr, ...multipart(csv) });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors).toEqual([{ line: 3, field: 'email', message: 'belongs to an admin, an instructor or an HR manager of your own unit, whose account you may not change' }]);
      expect((await api.request({ method: 'GET', url: `/api/v1/users/${people.plain}`, token: tokens.admin })).json().displayName).not.toBe('Clerk Two');
    });
  });
});
