-- healthcare.sql: a health-insurance claims database: patients see
-- providers, claims carry a diagnosis, each claim is adjudicated once and
-- paid in one or more payments.  Fill it with examples/healthcare.json.

CREATE TABLE patient (
  patient_id INTEGER PRIMARY KEY,
  first_name VARCHAR(50) NOT NULL,   -- Given name
  last_name VARCHAR(50) NOT NULL,    -- Family name
  date_of_birth DATE NOT NULL,       -- Born 1930-01-01 .. 2024-12-31
  gender CHAR(1) CHECK (gender IN ('F', 'M', 'X')),
  member_number VARCHAR(12) NOT NULL UNIQUE,  -- Insurance member number
  email VARCHAR(100),
  phone VARCHAR(20),
  address VARCHAR(120),
  city VARCHAR(50),
  state CHAR(2),
  zip_code VARCHAR(10)
);

CREATE TABLE provider (
  provider_id INTEGER PRIMARY KEY,
  npi CHAR(10) NOT NULL UNIQUE CHECK (npi GLOB '[12][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),  -- National Provider Identifier
  name VARCHAR(100) NOT NULL,        -- Practice or hospital name
  specialty VARCHAR(50),             -- Family Medicine, Cardiology, Dermatology, Orthopedics, Pediatrics, Radiology
  phone VARCHAR(20),
  city VARCHAR(50),
  state CHAR(2)
);

CREATE TABLE diagnosis (
  diagnosis_id INTEGER PRIMARY KEY,
  icd10_code VARCHAR(8) NOT NULL UNIQUE,  -- ICD-10 code such as E11.9
  description VARCHAR(200) NOT NULL
);

CREATE TABLE claim (
  claim_id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patient (patient_id),
  provider_id INTEGER NOT NULL REFERENCES provider (provider_id),
  diagnosis_id INTEGER NOT NULL REFERENCES diagnosis (diagnosis_id),
  service_date DATE NOT NULL,        -- Date of the visit
  submitted_date DATE NOT NULL,      -- Date the claim reached the insurer
  billed_amount DECIMAL(10,2) NOT NULL CHECK (billed_amount > 0),
  status VARCHAR(12) NOT NULL CHECK (status IN ('Submitted', 'In Review', 'Approved', 'Denied', 'Paid')),
  CHECK (submitted_date >= service_date)
);

CREATE TABLE adjudication (
  adjudication_id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL UNIQUE REFERENCES claim (claim_id),
  decided_date DATE NOT NULL,
  allowed_amount DECIMAL(10,2) NOT NULL CHECK (allowed_amount >= 0),
  patient_responsibility DECIMAL(10,2) NOT NULL CHECK (patient_responsibility >= 0),
  decision VARCHAR(10) NOT NULL CHECK (decision IN ('Approved', 'Partial', 'Denied')),
  denial_reason VARCHAR(200)         -- Why the claim was denied, when it was
);

CREATE TABLE payment (
  payment_id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claim (claim_id),
  paid_date DATE NOT NULL,
  amount DECIMAL(10,2) NOT NULL CHECK (amount > 0),
  method VARCHAR(10) NOT NULL,       -- EFT, Check, Card
  reference VARCHAR(36) NOT NULL UNIQUE  -- Payment reference (UUID)
);
