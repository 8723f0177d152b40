.load @EXT@
PRAGMA synchronous = OFF;
CREATE TABLE articles(id INTEGER PRIMARY KEY, title VARCHAR(120) NOT NULL, summary TEXT, body TEXT);
-- 1,000 rows at 50 a request: 20 requests, one at a time
SELECT syda_fill('{"seed": 1, "tables": {"articles": @N@},
                   "llm": {"provider": "openai", "base_url": "@LLM@/v1", "model": "bench",
                           "batch": 50, "concurrency": 1}}') ->> '$.tables.articles.llm.requests';
