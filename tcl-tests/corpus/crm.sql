-- Sales CRM for a small B2B team: accounts, the people we talk to there,
-- the deals we chase and everything we did about them.

CREATE TABLE users (
    user_id        INTEGER PRIMARY KEY,
    username       VARCHAR(40)  NOT NULL UNIQUE,
    email          VARCHAR(254) NOT NULL,
    full_name      VARCHAR(100),
    password_hash  CHAR(64)     NOT NULL,    -- hex SHA-256 of salt + password
    is_active      BOOLEAN      NOT NULL DEFAULT 1,
    last_login_ip  VARCHAR(15)
);

CREATE TABLE accounts (
    account_id      INTEGER PRIMARY KEY,
    owner_id        INTEGER REFERENCES users(user_id),
    account_name    VARCHAR(120) NOT NULL,
    industry        VARCHAR(60),
    website         VARCHAR(255),
    email_domain    VARCHAR(100),
    phone           VARCHAR(30),
    annual_revenue  DECIMAL(15,2),
    billing_street  VARCHAR(200),
    billing_city    VARCHAR(80),
    billing_state   VARCHAR(80),
    billing_zip     VARCHAR(10),
    billing_country VARCHAR(60),
    account_type    VARCHAR(20) DEFAULT 'Prospect', -- Customer, Partner, Reseller, Prospect
    created_at      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      DATETIME
);

CREATE TABLE contacts (
    contact_id    INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(account_id) ON DELETE CASCADE,
    salutation    VARCHAR(10),
    first_name    VARCHAR(50) NOT NULL,
    last_name     VARCHAR(50) NOT NULL,
    job_title     VARCHAR(100),
    department    VARCHAR(60),
    email         VARCHAR(254) UNIQUE,
    mobile_phone  VARCHAR(30),
    fax           VARCHAR(30),
    linkedin_url  VARCHAR(255),
    birthdate     DATE,
    do_not_call   BOOLEAN DEFAULT 0,
    lead_source   VARCHAR(40) -- Web, Referral, Trade Show, Cold Call, Partner
);

CREATE TABLE opportunities (
    opportunity_id      INTEGER PRIMARY KEY,
    account_id          INTEGER NOT NULL REFERENCES accounts(account_id),
    owner_id            INTEGER REFERENCES users(user_id),
    stage               VARCHAR(30) NOT NULL DEFAULT 'Prospecting'
                        CHECK (stage IN ('Prospecting', 'Qualification', 'Proposal',
                                         'Negotiation', 'Closed Won', 'Closed Lost')),
    amount              DECIMAL(12,2),
    probability         INTEGER CHECK (probability BETWEEN 0 AND 100),
    expected_close_date DATE,
    description         TEXT,
    created_at          DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE activities (
    activity_id   INTEGER PRIMARY KEY,
    contact_id    INTEGER REFERENCES contacts(contact_id),
    user_id       INTEGER NOT NULL REFERENCES users(user_id),
    activity_type TEXT NOT NULL CHECK (activity_type IN ('call', 'email', 'meeting', 'task')),
    subject       VARCHAR(200) NOT NULL,
    notes         TEXT,
    due_date      DATE,
    completed     BOOLEAN NOT NULL DEFAULT 0
);
