-- crm.sql: a small B2B CRM, the same five tables as the CRM example of
-- SYDA's SQLAlchemy integration (the same columns, NOT NULL where the
-- models say nullable=False), written as SQLite DDL.  The trailing comment
-- of each column says what it holds; syda reads those comments.
-- Fill it with:  SELECT syda_fill(readfile('examples/crm.json'));

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name VARCHAR(100) NOT NULL UNIQUE, -- Company name of the customer organization
  industry VARCHAR(50),              -- Industry the customer works in
  website VARCHAR(100),              -- Company website URL
  status VARCHAR(20),                -- Active, Inactive, Prospect
  created_at DATE                    -- Date the customer was added to the CRM
);

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),  -- Organization the contact works for
  first_name VARCHAR(50) NOT NULL,   -- Given name of the contact
  last_name VARCHAR(50) NOT NULL,    -- Family name of the contact
  email VARCHAR(100) NOT NULL UNIQUE, -- Business e-mail address
  phone VARCHAR(20),                 -- Direct phone number
  position VARCHAR(100),             -- Job title
  is_primary BOOLEAN DEFAULT 0       -- Whether this is the main contact of the customer
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name VARCHAR(100) NOT NULL UNIQUE, -- Product name
  category VARCHAR(50),              -- Product category
  price REAL NOT NULL,               -- List price in USD
  description TEXT                   -- What the product does
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),  -- Customer that placed the order
  order_date DATE NOT NULL,          -- Day the order was placed
  status VARCHAR(20),                -- New, Processing, Shipped, Delivered, Cancelled
  total_amount REAL                  -- Order total in USD
);

CREATE TABLE order_items (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),        -- Order the line belongs to
  product_id INTEGER NOT NULL REFERENCES products(id),    -- Product ordered
  quantity INTEGER NOT NULL,         -- Units ordered
  unit_price REAL NOT NULL           -- Price per unit when ordered, in USD
);
