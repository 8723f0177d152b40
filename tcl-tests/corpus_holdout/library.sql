-- Public library lending: branches, catalogue, copies, members, loans, holds.
CREATE TABLE branches (
  branch_id   INTEGER PRIMARY KEY,
  branch_nm   VARCHAR(80) NOT NULL,
  addr        VARCHAR(200),
  tel         VARCHAR(20),
  open_time   TIME,
  close_time  TIME
);

CREATE TABLE authors (
  author_id    INTEGER PRIMARY KEY,
  author_nm    VARCHAR(120) NOT NULL,
  birth_yr     INTEGER,
  nationality  VARCHAR(40)
);

CREATE TABLE titles (
  title_id   INTEGER PRIMARY KEY,
  isbn13     CHAR(13) UNIQUE,
  title      VARCHAR(255) NOT NULL,
  subtitle   VARCHAR(255),
  author_id  INTEGER REFERENCES authors(author_id),
  publisher  VARCHAR(100),
  pub_yr     SMALLINT,
  genre      VARCHAR(30),
  lang       CHAR(2),       -- ISO 639-1
  pages      INTEGER,
  summary    TEXT
);

CREATE TABLE copies (
  copy_id     INTEGER PRIMARY KEY,
  title_id    INTEGER NOT NULL REFERENCES titles(title_id),
  branch_id   INTEGER NOT NULL REFERENCES branches(branch_id),
  barcode     VARCHAR(14) NOT NULL UNIQUE,
  shelf_loc   VARCHAR(12),  -- call number, e.g. 823.914 ROW
  acq_dt      DATE,
  cond        VARCHAR(10) CHECK (cond IN ('new', 'good', 'worn', 'damaged')),
  price_paid  DECIMAL(7,2)
);

CREATE TABLE members (
  member_id   INTEGER PRIMARY KEY,
  card_no     VARCHAR(14) NOT NULL UNIQUE,
  fname       VARCHAR(40) NOT NULL,
  lname       VARCHAR(40) NOT NULL,
  email_addr  VARCHAR(254),
  phone_no    VARCHAR(20),
  addr_line1  VARCHAR(120),
  addr_line2  VARCHAR(60),
  town        VARCHAR(60),
  postcode    VARCHAR(10),
  dob         DATE,
  joined_dt   DATE NOT NULL,
  expiry_dt   DATE,
  is_child    BOOLEAN DEFAULT 0
);

CREATE TABLE loans (
  loan_id      INTEGER PRIMARY KEY,
  copy_id      INTEGER NOT NULL REFERENCES copies(copy_id),
  member_id    INTEGER NOT NULL REFERENCES members(member_id),
  checkout_dt  DATETIME NOT NULL,
  due_dt       DATE NOT NULL,
  return_dt    DATE,
  renewals     INTEGER DEFAULT 0 CHECK (renewals <= 3),
  fine_amt     DECIMAL(6,2) DEFAULT 0
);

CREATE TABLE holds (
  hold_id    INTEGER PRIMARY KEY,
  title_id   INTEGER NOT NULL REFERENCES titles(title_id),
  member_id  INTEGER NOT NULL REFERENCES members(member_id),
  placed_dt  DATETIME DEFAULT CURRENT_TIMESTAMP,
  queue_pos  INTEGER,
  notify_by  VARCHAR(5)   -- email, sms
);
