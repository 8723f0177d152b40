#!/bin/sh
# demo.sh — the main job on the example CRM: create a fresh database from
# examples/crm.sql, fill it with one syda_fill call from examples/crm.json,
# print the report and a few rows of each table.   (make demo runs this)
set -eu
cd "$(dirname "$0")/.."
db=${1:-build/demo.db}
mkdir -p "$(dirname "$db")"
rm -f "$db"
sqlite3 "$db" < examples/crm.sql
sqlite3 "$db" <<'SQL'
.load ./syda
PRAGMA foreign_keys = ON;
.print "-- SELECT syda_fill(readfile('examples/crm.json'));"
SELECT syda_fill(readfile('examples/crm.json'));
.mode box
.print "-- rows per table"
SELECT 'customers' AS "table", count(*) AS "rows" FROM customers
UNION ALL SELECT 'contacts', count(*) FROM contacts
UNION ALL SELECT 'products', count(*) FROM products
UNION ALL SELECT 'orders', count(*) FROM orders
UNION ALL SELECT 'order_items', count(*) FROM order_items;
.print "-- customers"
SELECT * FROM customers LIMIT 5;
.print "-- contacts"
SELECT * FROM contacts LIMIT 5;
.print "-- products"
SELECT id, name, category, price, substr(description, 1, 50) AS description FROM products LIMIT 5;
.print "-- orders"
SELECT * FROM orders LIMIT 5;
.print "-- order_items"
SELECT * FROM order_items LIMIT 5;
.print "-- checks"
SELECT (SELECT count(*) FROM pragma_foreign_key_check) AS foreign_key_errors,
       (SELECT integrity_check FROM pragma_integrity_check) AS integrity;
SQL
echo "demo: the filled database is $db"
