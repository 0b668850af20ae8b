import { statementForStorage, type JsonObject } from '../statements';
import { indexStatement } from '../statements/statement-index';
import type { PreparedStatement } from './statements.repository';

/** Valid statements as the LRS stores them (one stored time and authority for the whole batch), with their filter columns. */
export function prepareStatements(statements: JsonObject[], stored: string, authority: JsonObject): PreparedStatement[] {
  return statements.map((sent) => {
    const statement = statementForStorage(sent, { id: String(sent.id), stored, authority });
    return { id: String(statement.id).toLowerCase(), sent, statement, stored, index: indexStatement(statement) };
  });
}
