-- Job board, migrated from an old Access front end: Hungarian-style
-- prefixes (str, lng, cur, dt, b, mem, int) and tbl table names.

CREATE TABLE tblEmployer (
    lngEmployerID     INTEGER PRIMARY KEY,
    strCompanyName    VARCHAR(100) NOT NULL,
    strIndustry       VARCHAR(50),
    strWebsite        VARCHAR(200),
    strContactName    VARCHAR(80),
    strContactEmail   VARCHAR(100),
    strContactPhone   VARCHAR(25),
    strCity           VARCHAR(50),
    strState          VARCHAR(30),
    strCountry        VARCHAR(50),
    intEmployees      INTEGER,
    bVerified         BIT DEFAULT 0,
    dtCreated         DATETIME,
    dtModified        DATETIME
);

CREATE TABLE tblJob (
    lngJobID            INTEGER PRIMARY KEY,
    lngEmployerID       INTEGER NOT NULL REFERENCES tblEmployer(lngEmployerID),
    strJobRef           VARCHAR(20),
    strTitle            VARCHAR(100) NOT NULL,
    strDepartment       VARCHAR(50),
    memDescription      TEXT,
    strEmploymentType   VARCHAR(20),   -- Full-time, Part-time, Contract, Internship
    bRemote             BIT DEFAULT 0,
    curSalaryMin        MONEY,
    curSalaryMax        MONEY,
    strCurrency         CHAR(3),
    strLocationCity     VARCHAR(50),
    dtPosted            DATE,
    dtClosing           DATE,
    intViews            INTEGER DEFAULT 0
);

CREATE TABLE tblCandidate (
    lngCandidateID      INTEGER PRIMARY KEY,
    strFirstName        VARCHAR(50),
    strLastName         VARCHAR(50),
    strEmail            VARCHAR(100),
    strMobile           VARCHAR(25),
    strLinkedIn         VARCHAR(200),
    strHeadline         VARCHAR(120),  -- current role, e.g. "Senior Java Developer"
    intYearsExperience  INTEGER,
    strHighestDegree    VARCHAR(20)
                        CHECK (strHighestDegree IN ('None', 'HighSchool', 'Associate', 'Bachelor', 'Master', 'PhD')),
    curExpectedSalary   MONEY,
    strZip              VARCHAR(10),
    dtAvailableFrom     DATE,
    dtRegistered        DATETIME
);

CREATE TABLE tblApplication (
    lngApplicationID    INTEGER PRIMARY KEY,
    lngJobID            INTEGER NOT NULL REFERENCES tblJob(lngJobID),
    lngCandidateID      INTEGER NOT NULL REFERENCES tblCandidate(lngCandidateID),
    dtApplied           DATETIME,
    strStage            VARCHAR(20),   -- Applied, Screening, Interview, Offer, Hired, Rejected
    memCoverLetter      TEXT,
    strResumeFile       VARCHAR(255),
    intRecruiterRating  TINYINT,       -- 1 .. 5
    dtLastContact       DATE
);
