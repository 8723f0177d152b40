.load @EXT@
PRAGMA foreign_keys = ON;
PRAGMA synchronous = OFF;
.read @ROOT@/examples/crm.sql
SELECT syda_fill('{"seed": 1, "tables": {"customers": 100000, "contacts": 250000, "products": 10000,
                   "orders": 300000, "order_items": 600000},
                   "llm": {"provider": "openai", "base_url": "@LLM@/v1", "model": "bench",
                           "strategy": "vocab", "vocab": 200}}') ;
