-- Retail bank core tables.
CREATE TABLE branches (
  branch_code  CHAR(6) PRIMARY KEY,
  address      VARCHAR(200) NOT NULL,
  phone        VARCHAR(20),
  latitude     DECIMAL(9,6),
  longitude    DECIMAL(9,6),
  opens_at     TIME,
  closes_at    TIME
);

CREATE TABLE customers (
  cust_id         INTEGER PRIMARY KEY,
  cust_fname      VARCHAR(40) NOT NULL,
  cust_lname      VARCHAR(40) NOT NULL,
  cust_dob        DATE NOT NULL,
  cust_email      VARCHAR(120),
  cust_mobile     VARCHAR(20),
  cust_addr1      VARCHAR(100),
  cust_addr2      VARCHAR(100),
  cust_city       VARCHAR(60),
  cust_postcode   VARCHAR(10),
  cust_country    CHAR(2),
  occupation      VARCHAR(60),
  employer        VARCHAR(100),
  kyc_verified    BOOLEAN NOT NULL DEFAULT 0,
  customer_since  DATE NOT NULL
);

CREATE TABLE accounts (
  account_id       INTEGER PRIMARY KEY,
  cust_id          INTEGER NOT NULL REFERENCES customers(cust_id),
  branch_code      CHAR(6) NOT NULL REFERENCES branches(branch_code),
  iban             VARCHAR(34) NOT NULL UNIQUE,
  account_type     VARCHAR(10) NOT NULL CHECK (account_type IN ('CHECKING', 'SAVINGS', 'LOAN')),
  currency         CHAR(3) NOT NULL DEFAULT 'EUR',
  balance          DECIMAL(15,2) NOT NULL DEFAULT 0,
  overdraft_limit  DECIMAL(10,2),
  opened_on        DATE NOT NULL
);

CREATE TABLE cards (
  card_id      INTEGER PRIMARY KEY,
  account_id   INTEGER NOT NULL REFERENCES accounts(account_id),
  card_number  VARCHAR(19) NOT NULL UNIQUE,
  card_holder  VARCHAR(60) NOT NULL,
  expiry_date  DATE NOT NULL,
  contactless  BOOLEAN DEFAULT 1
);

CREATE TABLE transactions (
  txn_id         INTEGER PRIMARY KEY,
  account_id     INTEGER NOT NULL REFERENCES accounts(account_id),
  txn_ref        VARCHAR(24) NOT NULL UNIQUE,
  txn_date       DATETIME NOT NULL,
  txn_type       VARCHAR(10) NOT NULL, -- DEBIT, CREDIT, FEE, INTEREST
  amount         DECIMAL(12,2) NOT NULL,
  merchant_name  VARCHAR(100),
  exchange_rate  REAL
);

CREATE TABLE fx_rates (
  base_currency   CHAR(3) NOT NULL,
  quote_currency  CHAR(3) NOT NULL,
  rate_date       DATE NOT NULL,
  rate            DECIMAL(12,6) NOT NULL,
  PRIMARY KEY (base_currency, quote_currency, rate_date)
);

CREATE TABLE login_events (
  event_id      INTEGER PRIMARY KEY,
  cust_id       INTEGER NOT NULL REFERENCES customers(cust_id),
  session_uuid  CHAR(36) NOT NULL,
  ipv6_address  VARCHAR(39),
  device_mac    CHAR(17),
  user_agent    VARCHAR(512),
  success       BOOLEAN NOT NULL
);
