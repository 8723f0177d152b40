.load @EXT@
PRAGMA foreign_keys = ON;
PRAGMA synchronous = OFF;
.read @ROOT@/examples/crm.sql
-- The same row counts, with values of similar type and length made by
-- random() expressions, in one transaction like syda_fill's savepoint.
-- UNIQUE text (names, e-mails) is unique through the row number but in
-- random order, as real names and addresses are.
BEGIN;
INSERT INTO customers(id, name, industry, website, status, created_at)
SELECT value,
       char(65 + abs(random()) % 26) || lower(hex(randomblob(4))) || ' Company ' || value,
       CASE abs(random()) % 6 WHEN 0 THEN 'Software' WHEN 1 THEN 'Retail' WHEN 2 THEN 'Healthcare'
            WHEN 3 THEN 'Finance' WHEN 4 THEN 'Manufacturing' ELSE 'Logistics' END,
       'https://www.' || lower(hex(randomblob(5))) || '.com',
       CASE abs(random()) % 3 WHEN 0 THEN 'Active' WHEN 1 THEN 'Inactive' ELSE 'Prospect' END,
       date('2016-01-01', '+' || (abs(random()) % 3650) || ' days')
FROM generate_series(1, 100000);
INSERT INTO contacts(id, customer_id, first_name, last_name, email, phone, position, is_primary)
SELECT value,
       1 + abs(random()) % 100000,
       char(65 + abs(random()) % 26) || lower(hex(randomblob(3))),
       char(65 + abs(random()) % 26) || lower(hex(randomblob(4))),
       lower(hex(randomblob(3))) || '.' || value || '@example.com',
       '(' || (200 + abs(random()) % 800) || ') ' || (200 + abs(random()) % 800) || '-' || (1000 + abs(random()) % 9000),
       CASE abs(random()) % 5 WHEN 0 THEN 'Sales Manager' WHEN 1 THEN 'Chief Technology Officer'
            WHEN 2 THEN 'Account Executive' WHEN 3 THEN 'Operations Director' ELSE 'Software Engineer' END,
       abs(random()) % 2
FROM generate_series(1, 250000);
INSERT INTO products(id, name, category, price, description)
SELECT value,
       char(65 + abs(random()) % 26) || lower(hex(randomblob(4))) || ' Product ' || value,
       CASE abs(random()) % 4 WHEN 0 THEN 'Cloud Infrastructure' WHEN 1 THEN 'Data Analytics'
            WHEN 2 THEN 'Security Services' ELSE 'Support Package' END,
       round(49 + abs(random()) % 495000 / 100.0, 2),
       'The ' || lower(hex(randomblob(6))) || ' helps teams ' || lower(hex(randomblob(8))) || ' every day.'
FROM generate_series(1, 10000);
INSERT INTO orders(id, customer_id, order_date, status, total_amount)
SELECT value,
       1 + abs(random()) % 100000,
       date('2016-01-01', '+' || (abs(random()) % 3650) || ' days'),
       CASE abs(random()) % 5 WHEN 0 THEN 'New' WHEN 1 THEN 'Processing' WHEN 2 THEN 'Shipped'
            WHEN 3 THEN 'Delivered' ELSE 'Cancelled' END,
       round(abs(random()) % 1000000 / 100.0, 2)
FROM generate_series(1, 300000);
INSERT INTO order_items(id, order_id, product_id, quantity, unit_price)
SELECT value,
       1 + abs(random()) % 300000,
       1 + abs(random()) % 10000,
       1 + abs(random()) % 10,
       round(abs(random()) % 500000 / 100.0, 2)
FROM generate_series(1, 600000);
COMMIT;
SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM products)
     + (SELECT count(*) FROM orders) + (SELECT count(*) FROM order_items);
