-- One row per case: its activity codes, epoch-ms timestamps, channel codes and seqs in event order (ts, seq),
-- built once per scope + attribute filter and reused by the mining queries (caseTraces.ts). One hash
-- aggregate over the events and a list_sort per case is much cheaper than a window sort of every event
-- over VARCHAR case ids, and every order-dependent query then works on integer lists.
-- Run once per partition of the cases ({{part}} of {{parts}}, by hash of the case id): on large scopes
-- smaller aggregates are faster and need less memory than one over every event. The two numbers are
-- written into the text (as bound parameters they keep DuckDB from pushing the filter down: 4× slower).
INSERT INTO {{traces}}
SELECT case_id,
       list_transform(l, x -> x.a) AS acts,
       list_transform(l, x -> epoch_ms(x.t)) AS ts_ms,
       list_transform(l, x -> x.c) AS chs,
       list_transform(l, x -> x.s) AS ss
FROM (
  SELECT e.case_id, list_sort(list({ {{eventOrderFields:e}}, 'a': a.act, 'c': c.ch })) AS l
  FROM {{events}} e
  JOIN {{activities}} a ON a.activity = e.activity
  LEFT JOIN {{channels}} c ON c.channel = e.channel
  WHERE hash(e.case_id) % {{parts}} = {{part}}
  GROUP BY e.case_id
) per_case;
