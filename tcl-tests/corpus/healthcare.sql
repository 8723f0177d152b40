-- Outpatient clinic records.
CREATE TABLE Patients (
    PatientID          INTEGER PRIMARY KEY,
    FirstName          NVARCHAR(50) NOT NULL,
    LastName           NVARCHAR(50) NOT NULL,
    DateOfBirth        DATE NOT NULL,
    Sex                CHAR(1) NOT NULL CHECK (Sex IN ('M', 'F', 'U')),
    Phone              VARCHAR(20),
    Email              NVARCHAR(120),
    AddressLine1       NVARCHAR(100),
    AddressLine2       NVARCHAR(100),
    City               NVARCHAR(50),
    StateCode          CHAR(2),
    ZipCode            VARCHAR(10),
    BloodType          VARCHAR(3) CHECK (BloodType IN ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')),
    PreferredLanguage  VARCHAR(30),
    Allergies          TEXT,
    Photo              BLOB
);

CREATE TABLE Physicians (
    PhysicianID  INTEGER PRIMARY KEY,
    NamePrefix   VARCHAR(10),
    FullName     NVARCHAR(100) NOT NULL,
    Email        NVARCHAR(120),
    Fax          VARCHAR(20),
    HireDate     DATE
);

CREATE TABLE Appointments (
    AppointmentID  INTEGER PRIMARY KEY,
    PatientID      INTEGER NOT NULL REFERENCES Patients(PatientID),
    PhysicianID    INTEGER NOT NULL REFERENCES Physicians(PhysicianID),
    ScheduledFor   DATETIME NOT NULL,
    Status         VARCHAR(20) NOT NULL,
    CreatedAt      DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE Encounters (
    EncounterID  INTEGER PRIMARY KEY,
    PatientID    INTEGER NOT NULL REFERENCES Patients(PatientID),
    PhysicianID  INTEGER REFERENCES Physicians(PhysicianID),
    VisitDate    DATE NOT NULL,
    CheckInTime  TIME,
    WeightKg     REAL,
    HeightCm     REAL,
    Temperature  REAL,   -- degrees Celsius
    HeartRate    INTEGER,
    Notes        TEXT
);

CREATE TABLE Prescriptions (
    PrescriptionID  INTEGER PRIMARY KEY,
    EncounterID     INTEGER NOT NULL REFERENCES Encounters(EncounterID),
    Dosage          VARCHAR(40),
    DoseMg          DECIMAL(8,2),
    Refills         INTEGER DEFAULT 0,
    ExpiresOn       DATE
);

CREATE TABLE InsurancePolicies (
    PolicyNumber  VARCHAR(20) PRIMARY KEY,
    PatientID     INTEGER NOT NULL REFERENCES Patients(PatientID),
    Provider      NVARCHAR(100) NOT NULL,
    Copay         DECIMAL(8,2),
    ValidUntil    DATE
);
