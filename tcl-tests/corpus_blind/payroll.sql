-- Payroll for a mid-sized US employer: employees, pay periods, timesheets
-- and payslips.

CREATE TABLE employee (
    emp_id                INTEGER PRIMARY KEY,
    emp_no                VARCHAR(10) NOT NULL UNIQUE,
    emp_title             VARCHAR(10),          -- Mr, Mrs, Ms, Dr
    emp_first_name        VARCHAR(50) NOT NULL,
    emp_middle_name       VARCHAR(50),
    emp_last_name         VARCHAR(50) NOT NULL,
    emp_birth_date        DATE,
    emp_gender            CHAR(1) CHECK (emp_gender IN ('M', 'F', 'X')),
    emp_email             VARCHAR(120),
    emp_home_addr         VARCHAR(250),
    emp_hire_date         DATE NOT NULL,
    emp_termination_date  DATE,
    emp_job_title         VARCHAR(80),
    emp_dept              VARCHAR(40),
    emp_pay_type          TEXT NOT NULL CHECK (emp_pay_type IN ('salaried', 'hourly')),
    emp_annual_salary     NUMERIC(12,2),
    emp_hourly_rate       NUMERIC(7,2),
    emp_bank_iban         VARCHAR(34),
    emp_tax_code          VARCHAR(10),
    manager_id            INTEGER REFERENCES employee(emp_id)
);

CREATE TABLE pay_period (
    period_id     INTEGER PRIMARY KEY,
    period_start  DATE NOT NULL,
    period_end    DATE NOT NULL,
    pay_date      DATE NOT NULL,
    closed        BOOLEAN NOT NULL DEFAULT 0,
    CHECK (period_end >= period_start)
);

CREATE TABLE timesheet (
    ts_id           INTEGER PRIMARY KEY,
    emp_id          INTEGER NOT NULL REFERENCES employee(emp_id),
    period_id       INTEGER NOT NULL REFERENCES pay_period(period_id),
    work_date       DATE NOT NULL,
    clock_in        TIME,
    clock_out       TIME,
    hours_regular   DECIMAL(4,2) CHECK (hours_regular BETWEEN 0 AND 24),
    hours_overtime  DECIMAL(4,2) DEFAULT 0,
    approved_by     VARCHAR(60)
);

CREATE TABLE payslip (
    slip_id                 INTEGER PRIMARY KEY,
    emp_id                  INTEGER NOT NULL REFERENCES employee(emp_id),
    period_id               INTEGER NOT NULL REFERENCES pay_period(period_id),
    gross_pay               DECIMAL(12,2) NOT NULL,
    federal_tax             DECIMAL(12,2),
    state_tax               DECIMAL(12,2),
    social_security         DECIMAL(12,2),
    retirement_contrib_pct  DECIMAL(5,2),
    net_pay                 DECIMAL(12,2) NOT NULL,
    currency                CHAR(3) NOT NULL DEFAULT 'USD',
    generated_at            DATETIME DEFAULT CURRENT_TIMESTAMP
);
