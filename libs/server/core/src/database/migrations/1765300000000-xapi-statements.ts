import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The LRS's statements (xAPI 1.0.3 Data §2, Communication §2.1). Each is kept whole as stored
 * (jsonb: with the `id`, `stored`, `authority` and `version` the LRS set) beside the columns the
 * GET filters read: the verb, the actor's and the object's identifiers, the object activity, the
 * registration, every agent and activity the statement names anywhere (for `related_agents` and
 * `related_activities`, GIN-indexed), and the statement a StatementRef targets (voiding).
 * `seq` orders by storage and carries the paging cursors and X-Experience-API-Consistent-Through.
 * A statement never changes once stored (Data §2.2): a trigger refuses any UPDATE but the
 * voided flag turning on, and every DELETE.
 */
export class XapiStatements1765300000000 implements MigrationInterface {
  name = 'XapiStatements1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE xapi_statements (
        seq bigserial NOT NULL UNIQUE,
        id uuid PRIMARY KEY,
        statement jsonb NOT NULL,
        stored timestamptz NOT NULL,
        "timestamp" timestamptz NOT NULL,
        verb_id text NOT NULL,
        actor_key text,
        object_agent_key text,
        object_activity_id text,
        target_id uuid,
        registration uuid,
        related_agents text[] NOT NULL DEFAULT '{}',
        related_activities text[] NOT NULL DEFAULT '{}',
        voided boolean NOT NULL DEFAULT false,
        client_id uuid REFERENCES xapi_clients (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX xapi_statements_actor_idx ON xapi_statements (actor_key, seq)`);
    await q.query(`CREATE INDEX xapi_statements_object_agent_idx ON xapi_statements (object_agent_key, seq) WHERE object_agent_key IS NOT NULL`);
    await q.query(`CREATE INDEX xapi_statements_verb_idx ON xapi_statements (verb_id, seq)`);
    await q.query(`CREATE INDEX xapi_statements_activity_idx ON xapi_statements (object_activity_id, seq) WHERE object_activity_id IS NOT NULL`);
    await q.query(`CREATE INDEX xapi_statements_registration_idx ON xapi_statements (registration, seq) WHERE registration IS NOT NULL`);
    await q.query(`CREATE INDEX xapi_statements_target_idx ON xapi_statements (target_id) WHERE target_id IS NOT NULL`);
    await q.query(`CREATE INDEX xapi_statements_stored_idx ON xapi_statements (stored, seq)`);
    await q.query(`CREATE INDEX xapi_statements_related_agents_idx ON xapi_statements USING gin (related_agents)`);
    await q.query(`CREATE INDEX xapi_statements_related_activities_idx ON xapi_statements USING gin (related_activities)`);
    await q.query(`
      CREATE FUNCTION xapi_statements_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'xAPI statements are never deleted' USING ERRCODE = 'restrict_violation';
        END IF;
        IF (to_jsonb(NEW) - 'voided') IS DISTINCT FROM (to_jsonb(OLD) - 'voided') OR (OLD.voided AND NOT NEW.voided) THEN
          RAISE EXCEPTION 'xAPI statements are immutable: only voiding may change one' USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER xapi_statements_immutable BEFORE UPDATE OR DELETE ON xapi_statements FOR EACH ROW EXECUTE FUNCTION xapi_statements_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE xapi_statements`);
    await q.query(`DROP FUNCTION xapi_statements_immutable()`);
  }
}
