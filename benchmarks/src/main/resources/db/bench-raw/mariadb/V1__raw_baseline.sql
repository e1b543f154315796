-- The hand-written baseline's schema on MariaDB: the case as one JSON document with its personal
-- data, a row per victim for filters and statistics, and the indexes Gugus has for the same reads
-- (subtree range and keyset order; case number unique). InnoDB, utf8mb4 with the binary NO PAD
-- collation, as Gugus's schema, so that a subtree is the same range scan on both sides.
CREATE TABLE raw_area (
    code        VARCHAR(13)  NOT NULL PRIMARY KEY,
    parent_code VARCHAR(13),
    area_level  VARCHAR(10)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    INDEX ix_raw_area_parent (parent_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
CREATE TABLE raw_case (
    id                 CHAR(36)     NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    case_number        VARCHAR(100) NOT NULL,
    registered_in      VARCHAR(13)  NOT NULL,
    registered_province VARCHAR(13),
    registered_regency VARCHAR(13),
    reported_on        DATE         NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    payload            LONGTEXT     NOT NULL,
    CONSTRAINT uq_raw_case_number UNIQUE (case_number),
    INDEX ix_raw_case_registered (registered_in, reported_on, id),
    -- a province's page in report order, as Gugus's V6 (the hand-written side is as careful)
    INDEX ix_raw_case_province (registered_province, reported_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
CREATE TABLE raw_victim (
    case_id           CHAR(36)    NOT NULL,
    seq               INTEGER     NOT NULL,
    victim_id         CHAR(36)    NOT NULL,
    sex               VARCHAR(6)  NOT NULL,
    origin_regency    VARCHAR(13),
    exploitation_type VARCHAR(40),
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_raw_victim_case FOREIGN KEY (case_id) REFERENCES raw_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
