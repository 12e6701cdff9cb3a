// Question: In which articles, and with which sentences, is a fact stated? Works for every fact type
//           (CHAIRED, ATTENDED, APPROVED, INSPECTED, SIGNED_WITH, HOLDS_POSITION).
// Parameters: $head — the name of the fact's head, e.g. 程嘉树; $type — the relationship type, e.g. CHAIRED;
//             $tail — the name of its tail, e.g. 市政府2021年第三次常务会议 (for HOLDS_POSITION, the post)
MATCH (:Entity {name: $head})-[fact]->(:Entity {name: $tail})
WHERE type(fact) = $type
UNWIND range(0, size(fact.evidence) - 1) AS i
WITH fact.evidence[i] AS sentence, fact.evidence_at[i] AS read_at
MATCH (article:Article {key: 'article:' + split(read_at, '@')[0]})
RETURN article.id AS article, article.title AS title, coalesce(article.event_date, article.issue_date) AS date,
       sentence, read_at
ORDER BY date, article
