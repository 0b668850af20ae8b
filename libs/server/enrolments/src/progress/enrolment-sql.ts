/**
 * The SQL that enrolment reads share, so "my learning", the course page and reports agree on what
 * overdue and status mean. Overdue is derived here on every read, never stored.
 */
export const ENROLMENT_VIEW_SELECT = `
  SELECT e.id, e.cycle, e.progress_percent AS "progressPercent", e.due_at AS "dueAt", e.completed_at AS "completedAt",
         e.enrolled_at AS "enrolledAt", e.expires_at AS "expiresAt", e.started_at AS "startedAt",
         (e.assignment_id IS NOT NULL) AS mandatory,
         -- The current cycle's certificate: a read of the certificates feature's table (one index lookup), not a dependency on its code.
         (SELECT cert.id FROM certificates cert WHERE cert.enrolment_id = e.id AND cert.cycle = e.cycle) AS "certificateId",
         (e.completed_at IS NULL AND e.due_at IS NOT NULL AND e.due_at < $NOW) AS overdue,
         json_build_object('id', c.id, 'slug', c.slug, 'title', v.title, 'summary', v.summary, 'category', v.category,
           'locale', c.locale, 'level', v.level, 'estimatedMinutes', v.estimated_minutes, 'status', c.status) AS course,
         COALESCE((SELECT json_agg(json_build_object('cycle', h.cycle, 'completedAt', h.completed_at, 'expiresAt', h.expires_at) ORDER BY h.cycle DESC)
                   FROM enrolment_completions h WHERE h.enrolment_id = e.id AND h.cycle < e.cycle), '[]') AS history
  FROM enrolments e
  JOIN courses c ON c.id = e.course_id
  JOIN course_versions v ON v.course_id = c.id AND v.version = COALESCE(c.published_version, e.course_version)`;

/** Overdue first, then open courses by due date (none last), then completed ones, newest first. */
export const ENROLMENT_ORDER = `
  ORDER BY (e.completed_at IS NULL AND e.due_at IS NOT NULL AND e.due_at < $NOW) DESC,
           (e.completed_at IS NOT NULL), e.due_at ASC NULLS LAST, e.completed_at DESC NULLS LAST, e.enrolled_at DESC`;

/**
 * The users an assignment rule covers, given the assignment as `a` and its unit as `root`: active
 * users in the unit's subtree (a NULL unit is the whole organisation), holding the position if one
 * is named, plus the listed users.
 */
export const RULE_MATCH = `
  u.status = 'active' AND (
    (a.by_org
      AND (a.org_unit_id IS NULL OR (ou.path >= root.path AND ou.path < root.path || '~'))
      AND (a.position IS NULL OR lower(u.position) = lower(a.position)))
    OR u.id = ANY (a.user_ids))`;

/** A rule `a` (a stored assignment, or one not yet stored) beside every user `u` and their unit `ou`, for RULE_MATCH. */
export const ruleFrom = (rule: string) => `
  ${rule}
  LEFT JOIN org_units root ON root.id = a.org_unit_id
  CROSS JOIN users u
  JOIN org_units ou ON ou.id = u.org_unit_id`;

export const RULE_FROM = ruleFrom('assignments a');

/** A due date for someone enrolled now: the rule's fixed date, or so many days from now. */
export const RULE_DUE = `COALESCE(a.due_at, CASE WHEN a.due_in_days IS NULL THEN NULL ELSE $NOW + make_interval(days => a.due_in_days) END)`;

/**
 * Tells each newly (re-)enrolled person of their assignment: the CTE named `fromCte` returns
 * id, user_id, course_id, due_at and cycle of the enrolments just written.
 */
export const notifyAssigned = (fromCte: string) => `
  INSERT INTO notifications (user_id, kind, params, dedupe_key)
  SELECT user_id, 'course_assigned', jsonb_build_object('courseId', course_id, 'enrolmentId', id, 'dueAt', due_at),
         'assigned.' || id || '.' || cycle FROM ${fromCte}
  ON CONFLICT DO NOTHING`;
