-- The per-case traces table (filled by caseTraces.duckdb.sql, one insert per partition of the cases).
-- A case is identified by its rowid (no case number column: numbering rows costs a serial window).
CREATE TEMP TABLE {{traces}} (acts INTEGER[], ts_ms BIGINT[]);
