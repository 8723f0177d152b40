-- University admissions portal. Tables are created by the web app's ORM,
-- hence the quoted camelCase names and VARCHAR(255) everywhere.

CREATE TABLE "Applicants" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "givenName" VARCHAR(255) NOT NULL,
  "familyName" VARCHAR(255) NOT NULL,
  "preferredName" VARCHAR(255),
  "email" VARCHAR(255) NOT NULL UNIQUE,
  "phoneNumber" VARCHAR(255),
  "dateOfBirth" DATE,
  "gender" VARCHAR(255),
  "citizenship" VARCHAR(255),
  "firstLanguage" VARCHAR(255),
  "addressLine1" VARCHAR(255),
  "addressLine2" VARCHAR(255),
  "city" VARCHAR(255),
  "region" VARCHAR(255),
  "postalCode" VARCHAR(255),
  "countryCode" CHAR(2),
  "createdAt" DATETIME NOT NULL,
  "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "Programs" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "code" VARCHAR(255) NOT NULL UNIQUE,
  "faculty" VARCHAR(255),
  "degreeLevel" VARCHAR(255) NOT NULL
      CHECK ("degreeLevel" IN ('Certificate', 'Bachelor', 'Master', 'Doctorate')),
  "seats" INTEGER,
  "tuitionFee" DECIMAL(10,2),
  "applicationDeadline" DATE,
  "createdAt" DATETIME NOT NULL,
  "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "Applications" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "applicantId" INTEGER NOT NULL REFERENCES "Applicants" ("id") ON DELETE CASCADE,
  "programId" INTEGER NOT NULL REFERENCES "Programs" ("id"),
  "referenceNumber" VARCHAR(255) UNIQUE,
  "intakeYear" INTEGER,
  "status" VARCHAR(255) NOT NULL DEFAULT 'draft',
  "submittedAt" DATETIME,
  "decisionDate" DATE,
  "gpa" DECIMAL(3,2),            -- 0.00 .. 4.00
  "testScore" INTEGER,           -- 0 .. 100
  "personalStatement" TEXT,
  "applicationFee" DECIMAL(6,2),
  "feeWaived" BOOLEAN DEFAULT false,
  "createdAt" DATETIME NOT NULL,
  "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "Documents" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "applicationId" INTEGER NOT NULL REFERENCES "Applications" ("id") ON DELETE CASCADE,
  "documentType" VARCHAR(255) NOT NULL,   -- transcript, passport, recommendation, cv
  "fileName" VARCHAR(255) NOT NULL,
  "mimeType" VARCHAR(255),
  "sizeBytes" INTEGER,
  "sha256" CHAR(64),
  "uploadedAt" DATETIME NOT NULL
);
