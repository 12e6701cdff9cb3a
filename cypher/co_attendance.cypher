// Question: Which pairs of officials took part (chaired or attended) in the same meetings, and how often?
//           The edges of the co-attendance network that `kg stats` analyses.
// Parameters: none
MATCH (a:Official)-[:CHAIRED|ATTENDED]->(meeting:Meeting)<-[:CHAIRED|ATTENDED]-(b:Official)
WHERE a.key < b.key
RETURN a.key AS key_a, a.name AS official_a, b.key AS key_b, b.name AS official_b,
       count(DISTINCT meeting) AS meetings, collect(DISTINCT meeting.name) AS meeting_names
ORDER BY meetings DESC, key_a, key_b
