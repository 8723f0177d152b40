-- SaaS subscriptions & billing (ported from a Postgres schema).
CREATE TABLE organizations (
  org_id         INTEGER PRIMARY KEY,
  org_name       VARCHAR(120) NOT NULL,
  org_slug       VARCHAR(60) NOT NULL UNIQUE,
  domain         VARCHAR(100),          -- verified email domain for SSO
  billing_email  VARCHAR(254) NOT NULL,
  vat_number     VARCHAR(20),
  country        CHAR(2),
  seats          INTEGER NOT NULL DEFAULT 1,
  trial_ends_at  TIMESTAMP,
  created_at     TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE plans (
  plan_id        VARCHAR(32) PRIMARY KEY,   -- e.g. 'pro_monthly'
  display_name   VARCHAR(60) NOT NULL,
  monthly_price  NUMERIC(8,2) NOT NULL,
  annual_price   NUMERIC(8,2),
  currency       CHAR(3) NOT NULL DEFAULT 'EUR',
  max_users      INTEGER,
  storage_gb     INTEGER,
  features       JSON,
  is_public      BOOLEAN DEFAULT TRUE
);

CREATE TABLE subscriptions (
  sub_id                INTEGER PRIMARY KEY,
  org_id                INTEGER NOT NULL REFERENCES organizations(org_id),
  plan_id               VARCHAR(32) NOT NULL REFERENCES plans(plan_id),
  sub_status            VARCHAR(12) NOT NULL
                        CHECK (sub_status IN ('trialing', 'active', 'past_due', 'canceled', 'paused')),
  billing_cycle         VARCHAR(8) NOT NULL DEFAULT 'monthly',  -- monthly | annual
  current_period_start  DATE NOT NULL,
  current_period_end    DATE NOT NULL,
  cancel_at_period_end  BOOLEAN NOT NULL DEFAULT FALSE,
  canceled_at           TIMESTAMP,
  discount_pct          DECIMAL(5,2) DEFAULT 0
);

CREATE TABLE invoices (
  invoice_id   INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES organizations(org_id),
  invoice_no   VARCHAR(20) NOT NULL UNIQUE,   -- INV-2024-000123
  issued_on    DATE NOT NULL,
  due_on       DATE NOT NULL,
  amount_due   NUMERIC(10,2) NOT NULL,
  tax_amt      NUMERIC(10,2) DEFAULT 0,
  vat_rate     NUMERIC(4,2),
  currency     CHAR(3) NOT NULL,
  paid         BOOLEAN NOT NULL DEFAULT FALSE,
  pdf_url      TEXT
);

CREATE TABLE payments (
  payment_id       INTEGER PRIMARY KEY,
  invoice_id       INTEGER NOT NULL REFERENCES invoices(invoice_id),
  provider_txn_id  VARCHAR(40),   -- Stripe charge id
  amount           NUMERIC(10,2) NOT NULL,
  card_brand       VARCHAR(12),   -- visa, mastercard, amex
  card_last4       CHAR(4),
  paid_at          TIMESTAMP NOT NULL,
  failure_reason   TEXT
);

CREATE TABLE api_keys (
  key_id        TEXT PRIMARY KEY,   -- uuid v4
  org_id        INTEGER NOT NULL REFERENCES organizations(org_id),
  label         VARCHAR(60),
  key_hash      CHAR(64) NOT NULL,
  last_used_ip  VARCHAR(15),
  last_used_at  TIMESTAMP,
  revoked       BOOLEAN DEFAULT FALSE
);

CREATE TABLE usage_events (
  event_id     INTEGER PRIMARY KEY,
  org_id       INTEGER NOT NULL REFERENCES organizations(org_id),
  metric       VARCHAR(30) NOT NULL,   -- api_calls, storage_bytes, seats
  quantity     INTEGER NOT NULL,
  recorded_at  TIMESTAMP NOT NULL,
  request_ms   INTEGER
);
