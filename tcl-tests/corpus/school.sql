-- Secondary school administration and library.
CREATE TABLE Teachers (
  TeacherId  INTEGER PRIMARY KEY,
  FullName   NVARCHAR(100) NOT NULL,
  Email      NVARCHAR(120) NOT NULL UNIQUE,
  HireDate   DATE,
  Salary     DECIMAL(9,2)
);

CREATE TABLE Students (
  StudentId      INTEGER PRIMARY KEY,
  FirstName      NVARCHAR(50) NOT NULL,
  LastName       NVARCHAR(50) NOT NULL,
  Gender         VARCHAR(10),
  Age            INTEGER CHECK (Age BETWEEN 10 AND 20),
  GradeLevel     INTEGER CHECK (GradeLevel BETWEEN 6 AND 12),
  GuardianPhone  VARCHAR(20),
  Email          NVARCHAR(120),
  EnrolledOn     DATE NOT NULL
);

CREATE TABLE Courses (
  CourseCode  VARCHAR(8) PRIMARY KEY,
  TeacherId   INTEGER REFERENCES Teachers(TeacherId),
  Credits     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE Enrollments (
  StudentId    INTEGER NOT NULL REFERENCES Students(StudentId),
  CourseCode   VARCHAR(8) NOT NULL REFERENCES Courses(CourseCode),
  FinalScore   INTEGER CHECK (FinalScore BETWEEN 0 AND 100),
  LetterGrade  CHAR(1) CHECK (LetterGrade IN ('A', 'B', 'C', 'D', 'F')),
  PRIMARY KEY (StudentId, CourseCode)
);

CREATE TABLE LibraryBooks (
  BookId           INTEGER PRIMARY KEY,
  ISBN             CHAR(13) NOT NULL UNIQUE,
  Title            NVARCHAR(200) NOT NULL,
  Author           NVARCHAR(100),
  Genre            NVARCHAR(40),
  PublishedYear    INTEGER,
  CopiesAvailable  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE Loans (
  LoanId      INTEGER PRIMARY KEY,
  BookId      INTEGER NOT NULL REFERENCES LibraryBooks(BookId),
  StudentId   INTEGER NOT NULL REFERENCES Students(StudentId),
  BorrowedOn  DATE NOT NULL,
  DueOn       DATE NOT NULL
);
