-- Human resources: org structure, staff, pay and time off.
CREATE TABLE locations (
    location_id     INTEGER PRIMARY KEY,
    street_address  NVARCHAR(120),
    postal_code     VARCHAR(12),
    city            NVARCHAR(60) NOT NULL,
    state_province  NVARCHAR(60),
    country_id      CHAR(2) NOT NULL
);

CREATE TABLE departments (
    dept_id      INTEGER PRIMARY KEY,
    dept_name    NVARCHAR(60) NOT NULL UNIQUE,
    cost_center  CHAR(6),
    location_id  INTEGER REFERENCES locations(location_id)
);

CREATE TABLE jobs (
    job_id      VARCHAR(10) PRIMARY KEY,
    job_title   NVARCHAR(80) NOT NULL,
    min_salary  DECIMAL(10,2),
    max_salary  DECIMAL(10,2),
    CHECK (max_salary >= min_salary)
);

CREATE TABLE employees (
    emp_id          INTEGER PRIMARY KEY,
    emp_first_name  NVARCHAR(40) NOT NULL,
    emp_last_name   NVARCHAR(40) NOT NULL,
    emp_email       NVARCHAR(100) NOT NULL UNIQUE,
    emp_phone       VARCHAR(20),
    emp_dob         DATE,
    emp_gender      CHAR(1),
    hire_date       DATE NOT NULL,
    job_id          VARCHAR(10) NOT NULL REFERENCES jobs(job_id),
    salary          DECIMAL(10,2) CHECK (salary > 0),
    commission_pct  DECIMAL(5,2),   -- percent of sales paid as commission
    manager_id      INTEGER REFERENCES employees(emp_id),
    dept_id         INTEGER REFERENCES departments(dept_id)
);

CREATE TABLE job_history (
    emp_id      INTEGER NOT NULL REFERENCES employees(emp_id),
    start_date  DATE NOT NULL,
    end_date    DATE NOT NULL,
    job_id      VARCHAR(10) NOT NULL REFERENCES jobs(job_id),
    dept_id     INTEGER REFERENCES departments(dept_id),
    PRIMARY KEY (emp_id, start_date)
);

CREATE TABLE emergency_contacts (
    contact_id    INTEGER PRIMARY KEY,
    emp_id        INTEGER NOT NULL REFERENCES employees(emp_id),
    contact_name  NVARCHAR(100) NOT NULL,
    relationship  NVARCHAR(30),
    phone         VARCHAR(20) NOT NULL
);

CREATE TABLE leave_requests (
    request_id  INTEGER PRIMARY KEY,
    emp_id      INTEGER NOT NULL REFERENCES employees(emp_id),
    leave_type  VARCHAR(20) NOT NULL,  -- Annual, Sick, Parental, Unpaid
    reason      TEXT,
    approved    BOOLEAN
);

CREATE TABLE payslips (
    payslip_id    INTEGER PRIMARY KEY,
    emp_id        INTEGER NOT NULL REFERENCES employees(emp_id),
    pay_date      DATE NOT NULL,
    gross_amount  DECIMAL(10,2) NOT NULL,
    tax_withheld  DECIMAL(10,2) NOT NULL,
    bank_iban     VARCHAR(34)
);
