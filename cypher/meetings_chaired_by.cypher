// Question: Which meetings did an official chair, and when?
// Parameters: $name — the official's name, e.g. 程嘉树
MATCH (official:Official {name: $name})-[chaired:CHAIRED]->(meeting:Meeting)
RETURN meeting.name AS meeting, coalesce(meeting.date, chaired.first_seen) AS date, chaired.sources AS articles
ORDER BY date, meeting
