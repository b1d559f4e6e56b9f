-- Builds (or finds) the cached base trace set of a scope (caseTraces.ts) and counts its cases: run after an
-- import so that the first question about the dataset does not wait for the set.
SELECT count(*) AS cases FROM {{fullTraces}};
