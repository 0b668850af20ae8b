import { randomUUID } from 'node:crypto';
import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { APP_CONFIG, Clock, listedProblems, type AppConfig } from '@lms/server-core';
import type { XapiClientCredential } from '../clients/xapi-clients.repository';
import { isUuid, validateStatement, type JsonObject, type StatementProblem } from '../statements';
import { isJsonObject } from '../statements/problems';
import { sameStatement } from '../statements/same-statement';
import { acceptedLanguages, formatStatement } from '../statements/statement-format';
import { parseStatementQuery } from '../statements/statement-query';
import { matchAttachments, type AttachmentData } from '../attachments/attachment-parts';
import { writeMultipartMixed } from '../attachments/multipart-mixed';
import { checkSignatures } from '../attachments/signature';
import { moreLink, readMore } from './more-link';
import { prepareStatements } from './prepare-statements';
import { StatementsRepository } from './statements.repository';

/** A statement's problems, each with the place in the batch it came from (-1 for a part that belongs to none). */
type BatchProblem = StatementProblem & { statement: number };

/** "statements[2].attachments[0]" → 2; a problem with a part ("part 3") belongs to no statement. */
const statementOf = (path: string) => Number(/^statements\[(\d+)\]/.exec(path)?.[1] ?? -1);

/** The sha2 of every attachment a statement (and its SubStatement) names. */
function attachmentHashes(statement: JsonObject): string[] {
  const own = Array.isArray(statement.attachments) ? statement.attachments.flatMap((a) => (isJsonObject(a) && typeof a.sha2 === 'string' ? [a.sha2.toLowerCase()] : [])) : [];
  return isJsonObject(statement.object) && statement.object.objectType === 'SubStatement' ? [...own, ...attachmentHashes(statement.object)] : own;
}

/**
 * The statements resource (Communication §2.1): storing one (PUT) or a batch (POST), all or
 * nothing, each checked as the specification states; and reading one by id.
 */
@Injectable()
export class XapiStatementsService {
  constructor(
    private readonly statements: StatementsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** PUT /xapi/statements?statementId=: the body's id, if it has one, must be that id. */
  async put(client: XapiClientCredential, statementId: unknown, body: unknown, data: AttachmentData[] = []): Promise<void> {
    if (typeof statementId !== 'string' || !isUuid(statementId)) throw new BadRequestException('statementId must be a UUID');
    if (!isJsonObject(body)) throw new BadRequestException('The body must be one statement (a JSON object)');
    if (body.id !== undefined && (typeof body.id !== 'string' || body.id.toLowerCase() !== statementId.toLowerCase())) throw new BadRequestException('The statement’s id differs from statementId');
    await this.store(client, [{ ...body, id: body.id ?? statementId }], data);
  }

  /** POST /xapi/statements: one statement or an array of them; answers their ids, in order. */
  async post(client: XapiClientCredential, body: unknown, data: AttachmentData[] = []): Promise<string[]> {
    const list = Array.isArray(body) ? body : [body];
    if (list.length === 0) throw new BadRequestException('The body must be a statement or a non-empty array of statements');
    const statements = list.map((s, i) => {
      if (!isJsonObject(s)) throw new BadRequestException({ message: `Statement ${i} is not a JSON object`, details: [{ statement: i, path: '', message: 'must be an object' }] });
      return s.id === undefined ? { ...s, id: randomUUID() } : s;
    });
    const ids = statements.map((s) => String(s.id).toLowerCase());
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice) throw new BadRequestException(`The batch holds statement ${twice} twice`);
    await this.store(client, statements, data);
    return statements.map((s) => String(s.id));
  }

  /** GET /xapi/statements?statementId= or ?voidedStatementId=. */
  async one(id: string, voided: boolean, format: unknown = 'exact', acceptLanguage?: string): Promise<JsonObject> {
    if (!isUuid(id)) throw new BadRequestException(`${voided ? 'voidedStatementId' : 'statementId'} must be a UUID`);
    if (format !== 'exact' && format !== 'ids' && format !== 'canonical') throw new BadRequestException('format must be exact, ids or canonical');
    const statement = await this.statements.byId(id.toLowerCase(), voided);
    if (!statement) throw new NotFoundException(voided ? 'No voided statement with this id' : 'No statement with this id (a voided one is read with voidedStatementId)');
    return formatStatement(statement, format, acceptedLanguages(acceptLanguage));
  }

  /** GET /xapi/statements with filters, or `more` to go on with one: a StatementResult. */
  async query(params: Record<string, unknown>, acceptLanguage?: string): Promise<{ statements: JsonObject[]; more: string }> {
    let raw = params;
    let after: number | null = null;
    if (params.more !== undefined) {
      const continued = typeof params.more === 'string' && Object.keys(params).length === 1 ? readMore(params.more) : null;
      if (!continued) throw new BadRequestException('more must be, alone, a link this LRS gave in a StatementResult');
      ({ params: raw, after } = continued);
    }
    const { query, problems } = parseStatementQuery(raw);
    if (problems.length) throw new BadRequestException({ message: `Invalid statement query: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, details: problems });
    const page = await this.statements.query(query, after);
    const accepted = acceptedLanguages(acceptLanguage);
    const last = page.statements.at(-1);
    return { statements: page.statements.map((s) => formatStatement(s.statement, query.format, accepted)), more: page.more && last ? moreLink(raw, last.seq) : '' };
  }

  /**
   * X-Experience-API-Consistent-Through: every statement stored up to now is readable, since a
   * statement is readable once its transaction commits; `stored` comes from the same clock.
   */
  consistentThrough(): string {
    return this.clock.now().toISOString();
  }

  /**
   * attachments=true (Communication §2.1.3, §1.5.2): the statements found, as the first part of a
   * multipart/mixed body, then the raw data of every attachment they name that the LRS holds, once.
   */
  async withAttachments(found: JsonObject): Promise<{ contentType: string; body: Buffer }> {
    const list = Array.isArray(found.statements) ? (found.statements as JsonObject[]) : [found];
    const data = await this.statements.attachmentData([...new Set(list.flatMap(attachmentHashes))]);
    return writeMultipartMixed(found, data);
  }

  private async store(client: XapiClientCredential, statements: JsonObject[], data: AttachmentData[]): Promise<void> {
    const problems: BatchProblem[] = statements.flatMap((s, i) => validateStatement(s).map((p) => ({ statement: i, ...p })));
    // Only valid statements are matched with the raw data: every attachment without fileUrl needs its part, every part an attachment (§1.5.2.s3.b5).
    if (!problems.length) problems.push(...matchAttachments(statements, data).map((p) => ({ statement: statementOf(p.path), ...p })));
    if (!problems.length) problems.push(...checkSignatures(statements, data).map((p) => ({ statement: statementOf(p.path), ...p })));
    if (problems.length) throw new BadRequestException(listedProblems('Invalid statement', problems, (p) => `[${p.statement}] ${p.path}: ${p.message}`));

    const stored = this.clock.now().toISOString();
    const authority = this.authorityOf(client);
    const outcome = await this.statements.store(prepareStatements(statements, stored, authority), client.id, sameStatement, data);
    if (!outcome.ok && 'conflict' in outcome) throw new ConflictException(`Statement ${outcome.conflict} is stored already, and differs from this one`);
    if (!outcome.ok) throw new BadRequestException(`Statement ${outcome.voidsVoiding} is a voiding statement, which cannot itself be voided`);
  }

  /** Who asserts what a client sends (Data 2.4.9): the client itself, as an account on this LRS. */
  private authorityOf(client: XapiClientCredential): JsonObject {
    return { objectType: 'Agent', name: client.name, account: { homePage: new URL('/xapi/', this.config.publicUrl).href, name: client.id } };
  }
}
