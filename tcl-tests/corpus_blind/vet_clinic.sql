-- Small-animal veterinary practice: clients, their pets, the vets,
-- appointments, what was done at each visit and the invoices.

CREATE TABLE owners (
    owner_id           INTEGER PRIMARY KEY,
    first_name         VARCHAR(50)  NOT NULL,
    last_name          VARCHAR(50)  NOT NULL,
    email              VARCHAR(120),
    phone_home         VARCHAR(20),
    phone_mobile       VARCHAR(20),
    street             VARCHAR(120),
    apt                VARCHAR(20),            -- apartment / unit
    town               VARCHAR(60),
    state_province     VARCHAR(40),
    postcode           VARCHAR(10),
    preferred_contact  TEXT NOT NULL DEFAULT 'phone'
                       CHECK (preferred_contact IN ('phone', 'email', 'sms')),
    client_since       DATE
);

CREATE TABLE pets (
    pet_id         INTEGER PRIMARY KEY,
    owner_id       INTEGER NOT NULL REFERENCES owners(owner_id),
    pet_name       VARCHAR(40) NOT NULL,
    species        VARCHAR(20) NOT NULL
                   CHECK (species IN ('Dog', 'Cat', 'Rabbit', 'Bird', 'Reptile', 'Other')),
    breed          VARCHAR(60),
    sex            CHAR(1) CHECK (sex IN ('M', 'F')),
    neutered       BOOLEAN NOT NULL DEFAULT 0,
    date_of_birth  DATE,
    weight_kg      DECIMAL(5,2),
    colour         VARCHAR(30),
    microchip_no   VARCHAR(15) UNIQUE,         -- 15-digit ISO 11784 chip number
    deceased       BOOLEAN DEFAULT 0
);

CREATE TABLE vets (
    vet_id         INTEGER PRIMARY KEY,
    title          VARCHAR(10) DEFAULT 'Dr.',
    full_name      VARCHAR(100) NOT NULL,
    licence_no     VARCHAR(20) NOT NULL UNIQUE,
    speciality     VARCHAR(30),                -- General, Surgery, Dentistry, Dermatology, Exotics
    hired_on       DATE,
    annual_salary  DECIMAL(10,2)
);

CREATE TABLE appointments (
    appointment_id  INTEGER PRIMARY KEY,
    pet_id          INTEGER NOT NULL REFERENCES pets(pet_id),
    vet_id          INTEGER REFERENCES vets(vet_id),
    scheduled_for   DATETIME NOT NULL,
    reason          TEXT,
    status          VARCHAR(12) NOT NULL DEFAULT 'booked'
                    CHECK (status IN ('booked', 'arrived', 'completed', 'cancelled', 'no_show')),
    created_at      DATETIME DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE treatments (
    treatment_id    INTEGER PRIMARY KEY,
    appointment_id  INTEGER NOT NULL REFERENCES appointments(appointment_id) ON DELETE CASCADE,
    procedure_code  VARCHAR(10) NOT NULL,
    notes           TEXT,
    quantity        INTEGER NOT NULL DEFAULT 1,
    unit_price      DECIMAL(8,2) NOT NULL,
    vat_rate        DECIMAL(4,3) DEFAULT 0.200
);

CREATE TABLE invoices (
    invoice_id      INTEGER PRIMARY KEY,
    owner_id        INTEGER NOT NULL REFERENCES owners(owner_id),
    invoice_no      VARCHAR(20) NOT NULL UNIQUE,
    issued_on       DATE NOT NULL,
    due_on          DATE,
    total           DECIMAL(10,2) NOT NULL,
    paid            BOOLEAN NOT NULL DEFAULT 0,
    payment_method  TEXT                        -- cash, card, insurance
);
