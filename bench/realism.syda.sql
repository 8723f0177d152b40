.load @EXT@
PRAGMA foreign_keys = ON;
PRAGMA synchronous = OFF;
.read @ROOT@/examples/crm.sql
-- The CRM fill with realistic values.  Totals across tables are left out
-- on both sides: the plain fill's total_amount has a rule, so its totals
-- are never summed from the lines (the crm case measures them).
SELECT syda_fill('{"seed": 1, "totals": false, "tables": {"customers": 100000, "contacts": 250000, "products": 10000,
                   "orders": 300000, "order_items": 600000}}') ->> '$.rows';
