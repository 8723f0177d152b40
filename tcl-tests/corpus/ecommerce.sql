-- Storefront database for a web shop.
CREATE TABLE customers (
  customer_id      INTEGER PRIMARY KEY AUTOINCREMENT,
  cust_email       VARCHAR(255) NOT NULL UNIQUE,
  cust_first_name  VARCHAR(50),
  cust_last_name   VARCHAR(50),
  cust_phone       VARCHAR(20),
  password_hash    CHAR(32) NOT NULL,
  gender           CHAR(1) CHECK (gender IN ('M', 'F', 'X')),
  date_of_birth    DATE,
  newsletter_optin BOOLEAN NOT NULL DEFAULT 0,
  created_at       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE addresses (
  address_id   INTEGER PRIMARY KEY,
  customer_id  INTEGER NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
  addr1        VARCHAR(100) NOT NULL,
  addr2        VARCHAR(100),
  city         VARCHAR(60) NOT NULL,
  state        CHAR(2),
  zip          VARCHAR(10),
  country_code CHAR(2) NOT NULL DEFAULT 'US',
  is_default   BOOLEAN DEFAULT 0
);

CREATE TABLE categories (
  category_id   INTEGER PRIMARY KEY,
  parent_id     INTEGER REFERENCES categories(category_id),
  category_name VARCHAR(80) NOT NULL,
  slug          VARCHAR(80) NOT NULL UNIQUE,
  sort_order    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE products (
  product_id    INTEGER PRIMARY KEY,
  category_id   INTEGER REFERENCES categories(category_id),
  sku           VARCHAR(32) NOT NULL UNIQUE,
  product_name  VARCHAR(150) NOT NULL,
  description   TEXT,
  unit_price    DECIMAL(10,2) NOT NULL CHECK (unit_price >= 0),
  weight_kg     DECIMAL(6,3),
  qty_in_stock  INTEGER NOT NULL DEFAULT 0,
  color         VARCHAR(30),
  image_url     VARCHAR(255),
  is_active     BOOLEAN NOT NULL DEFAULT 1,
  updated_at    DATETIME
);

CREATE TABLE orders (
  order_id            INTEGER PRIMARY KEY,
  customer_id         INTEGER NOT NULL REFERENCES customers(customer_id),
  shipping_address_id INTEGER REFERENCES addresses(address_id),
  order_number        VARCHAR(20) NOT NULL UNIQUE,
  order_date          DATETIME NOT NULL,
  status              VARCHAR(20) NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
  subtotal            DECIMAL(10,2) NOT NULL,
  tax_rate            DECIMAL(5,2),
  shipping_cost       DECIMAL(8,2) DEFAULT 0,
  total               DECIMAL(10,2) NOT NULL,
  currency            CHAR(3) NOT NULL DEFAULT 'USD',
  coupon_code         VARCHAR(20),
  ip_address          VARCHAR(15),
  user_agent          TEXT
);

CREATE TABLE order_items (
  order_id    INTEGER NOT NULL REFERENCES orders(order_id) ON DELETE CASCADE,
  product_id  INTEGER NOT NULL REFERENCES products(product_id),
  qty         INTEGER NOT NULL CHECK (qty > 0),
  unit_price  DECIMAL(10,2) NOT NULL,
  discount    DECIMAL(4,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (order_id, product_id)
);

CREATE TABLE reviews (
  review_id     INTEGER PRIMARY KEY,
  product_id    INTEGER NOT NULL REFERENCES products(product_id),
  customer_id   INTEGER NOT NULL REFERENCES customers(customer_id),
  rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title         VARCHAR(120),
  body          TEXT,
  helpful_votes INTEGER NOT NULL DEFAULT 0,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
