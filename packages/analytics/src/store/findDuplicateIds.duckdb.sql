-- The first event id that occurs twice inside one import, with the two positions (and source lines).
WITH repeated AS (
  SELECT event_id FROM {{staging}} GROUP BY event_id HAVING count(*) > 1
)
SELECT s.event_id,
       min(s.pos) AS first_pos, max(s.pos) AS second_pos,
       arg_min(s.source_line, s.pos) AS first_line, arg_max(s.source_line, s.pos) AS second_line
FROM {{staging}} s SEMI JOIN repeated r ON r.event_id = s.event_id
GROUP BY s.event_id
ORDER BY first_pos
LIMIT 1;
