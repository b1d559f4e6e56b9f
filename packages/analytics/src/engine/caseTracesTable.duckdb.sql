-- The per-case traces table (filled by caseTraces.duckdb.sql, one insert per partition of the cases).
-- A case is identified by its rowid in the queries; `case_id` is there for the semi-join of a case-level
-- filter (duckdbAdapter.ts) and `chs` (channel codes, NULL for no channel) for cutting by channel.
CREATE TEMP TABLE {{traces}} (case_id VARCHAR, acts INTEGER[], ts_ms BIGINT[], chs INTEGER[]);
