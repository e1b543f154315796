-- The hand-written baseline's schema on PostgreSQL: the case as one JSON document with its
-- personal data, a row per victim for filters and statistics, and the indexes Gugus has for the
-- same reads (subtree range and keyset order; case number unique). Text in the "C" collation, as
-- Gugus's schema, so that a subtree is the same range scan on both sides.
CREATE TABLE raw_area (
    code        VARCHAR(13)  COLLATE "C" NOT NULL PRIMARY KEY,
    parent_code VARCHAR(13)  COLLATE "C",
    area_level  VARCHAR(10)  COLLATE "C" NOT NULL,
    name        VARCHAR(200) COLLATE "C" NOT NULL
);
CREATE INDEX ix_raw_area_parent ON raw_area (parent_code, code);
CREATE TABLE raw_case (
    id                 CHAR(36)     COLLATE "C" NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    case_number        VARCHAR(100) COLLATE "C" NOT NULL,
    registered_in      VARCHAR(13)  COLLATE "C" NOT NULL,
    registered_province VARCHAR(13) COLLATE "C",
    registered_regency VARCHAR(13)  COLLATE "C",
    reported_on        DATE         NOT NULL,
    status             VARCHAR(20)  COLLATE "C" NOT NULL,
    payload            TEXT         NOT NULL,
    CONSTRAINT uq_raw_case_number UNIQUE (case_number)
);
CREATE INDEX ix_raw_case_registered ON raw_case (registered_in, reported_on, id);
-- a province's page in report order, as Gugus's V6 (the hand-written side is as careful)
CREATE INDEX ix_raw_case_province ON raw_case (registered_province, reported_on, id);
CREATE TABLE raw_victim (
    case_id           CHAR(36)    COLLATE "C" NOT NULL REFERENCES raw_case (id) ON DELETE CASCADE,
    seq               INTEGER     NOT NULL,
    victim_id         CHAR(36)    COLLATE "C" NOT NULL,
    sex               VARCHAR(6)  COLLATE "C" NOT NULL,
    origin_regency    VARCHAR(13) COLLATE "C",
    exploitation_type VARCHAR(40) COLLATE "C",
    PRIMARY KEY (case_id, seq)
);
