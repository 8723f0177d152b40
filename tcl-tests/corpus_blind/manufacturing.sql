-- Plant inventory and shop-floor work orders, extracted from a legacy ERP.
-- Names follow the old midrange naming standard: upper case, abbreviated.

CREATE TABLE SUPPLIER (
    SUPP_ID      INTEGER PRIMARY KEY,
    SUPP_NM      VARCHAR(60) NOT NULL,
    CONTACT_NM   VARCHAR(60),
    ADDR1        VARCHAR(60),
    ADDR2        VARCHAR(60),
    CITY         VARCHAR(40),
    ST_CD        CHAR(2),
    ZIP_CD       VARCHAR(10),
    CNTRY_CD     CHAR(2) DEFAULT 'US',
    PH_NO        VARCHAR(20),
    FAX_NO       VARCHAR(20),
    EMAIL_ADDR   VARCHAR(80),
    CURR_CD      CHAR(3) DEFAULT 'USD',
    ACTV_FLG     CHAR(1) NOT NULL DEFAULT 'Y' CHECK (ACTV_FLG IN ('Y', 'N'))
);

CREATE TABLE ITEM_MSTR (
    ITEM_ID      INTEGER PRIMARY KEY,
    ITEM_NO      VARCHAR(20) NOT NULL UNIQUE,
    ITEM_DESC    VARCHAR(80) NOT NULL,
    ITEM_CLS     VARCHAR(4),     -- RM, WIP, FG, PKG
    UOM          VARCHAR(4) DEFAULT 'EA',    -- EA, KG, M, L, BOX
    UNIT_COST    DECIMAL(12,4),
    LIST_PRC     DECIMAL(12,2),
    WT_KG        DECIMAL(9,3),
    QTY_ON_HND   INTEGER DEFAULT 0,
    REORD_QTY    INTEGER,
    LEAD_TM_DAYS INTEGER,
    SUPP_ID      INTEGER REFERENCES SUPPLIER(SUPP_ID),
    CRT_TS       TIMESTAMP,
    LST_UPD_TS   TIMESTAMP
);

CREATE TABLE WORK_ORD (
    WO_ID        INTEGER PRIMARY KEY,
    WO_NO        CHAR(10) NOT NULL UNIQUE,
    ITEM_ID      INTEGER NOT NULL REFERENCES ITEM_MSTR(ITEM_ID),
    ORD_QTY      INTEGER NOT NULL CHECK (ORD_QTY > 0),
    CMPL_QTY     INTEGER DEFAULT 0,
    SCRAP_PCT    DECIMAL(5,2),
    STAT_CD      CHAR(2) NOT NULL DEFAULT 'OP' CHECK (STAT_CD IN ('OP', 'RL', 'IP', 'CL', 'CN')),
    PRTY         INTEGER DEFAULT 3,   -- 1 .. 5, 1 = most urgent
    REL_DT       DATE,
    DUE_DT       DATE,
    CMPL_DT      DATE,
    SHIFT,                            -- A, B, C
    RMKS         VARCHAR(200)
);

CREATE TABLE MACHINE (
    MCH_ID       INTEGER PRIMARY KEY,
    SERIAL_NO    VARCHAR(30) UNIQUE,
    MFR_NM       VARCHAR(60),
    INSTL_DT     DATE,
    LAST_SVC_DT  DATE,
    NEXT_SVC_DT  DATE,
    IP_ADDR      VARCHAR(15),
    MAC_ADDR     CHAR(17),
    RUN_HRS      DECIMAL(10,1)
);

CREATE TABLE INV_TXN (
    TXN_ID       INTEGER PRIMARY KEY,
    ITEM_ID      INTEGER NOT NULL REFERENCES ITEM_MSTR(ITEM_ID),
    TXN_TYP      CHAR(3) NOT NULL CHECK (TXN_TYP IN ('RCV', 'ISS', 'ADJ', 'TRF')),
    TXN_QTY      INTEGER NOT NULL,
    TXN_TS       DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    LOT_NO       VARCHAR(20),
    USR_PRF      VARCHAR(10)          -- user profile that keyed the transaction
);
