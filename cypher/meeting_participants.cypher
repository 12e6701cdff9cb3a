// Question: Who chaired and who attended a meeting?
// Parameters: $meeting — the meeting's name, e.g. 市政府2021年第三次常务会议
MATCH (meeting:Meeting {name: $meeting})<-[role:CHAIRED|ATTENDED]-(participant:Entity)
RETURN meeting.date AS date, type(role) AS role, participant.name AS participant,
       [label IN labels(participant) WHERE label <> 'Entity'][0] AS kind
ORDER BY date, role DESC, participant
