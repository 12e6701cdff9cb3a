// Question: Which companies has a company signed with (in either direction), and where is it reported?
// Parameters: $company — the company's name, e.g. 青禾新材料有限公司
MATCH (company:Company {name: $company})-[signed:SIGNED_WITH]-(partner:Company)
RETURN partner.name AS partner, signed.first_seen AS first_seen, signed.sources AS articles
ORDER BY first_seen, partner
