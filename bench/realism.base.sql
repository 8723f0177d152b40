.load @EXT@
PRAGMA foreign_keys = ON;
PRAGMA synchronous = OFF;
.read @ROOT@/examples/crm.sql
-- The same fill with every generated column forced to the plain kind of its
-- type (words, numbers, dates): what the CRM costs without realism.
SELECT syda_fill('{"seed": 1, "tables": {
  "customers": {"rows": 100000, "columns": {"name": {"kind": "text"}, "industry": {"kind": "text"},
     "website": {"kind": "text"}, "status": {"kind": "text"}, "created_at": {"kind": "date"}}},
  "contacts": {"rows": 250000, "columns": {"first_name": {"kind": "text"}, "last_name": {"kind": "text"},
     "email": {"kind": "text"}, "phone": {"kind": "text"}, "position": {"kind": "text"}, "is_primary": {"kind": "boolean"}}},
  "products": {"rows": 10000, "columns": {"name": {"kind": "text"}, "category": {"kind": "text"},
     "price": {"kind": "real"}, "description": {"kind": "text"}}},
  "orders": {"rows": 300000, "columns": {"order_date": {"kind": "date"}, "status": {"kind": "text"},
     "total_amount": {"kind": "real"}}},
  "order_items": {"rows": 600000, "columns": {"quantity": {"kind": "integer"}, "unit_price": {"kind": "real"}}}}}') ->> '$.rows';
