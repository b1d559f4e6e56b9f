-- The per-case traces table (filled by caseTraces.duckdb.sql, one insert per partition of the cases).
-- A case is identified by its rowid in the queries; `case_id` is there for the semi-join of a case-level
-- filter (duckdbAdapter.ts), `chs` (channel codes, NULL for no channel) for cutting by channel and matching
-- touchpoints, and `ss` (the events' seq: an event's identity in its scope) for matching touchpoints by
-- property conditions (src/measure/).
CREATE TEMP TABLE {{traces}} (case_id VARCHAR, acts INTEGER[], ts_ms BIGINT[], chs INTEGER[], ss BIGINT[]);
