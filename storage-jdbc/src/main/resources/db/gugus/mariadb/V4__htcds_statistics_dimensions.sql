-- Gugus schema V4 for MariaDB (issue #15 step 4): the HTCDS victim fields that statistics group by
-- (Dimension TRAFFICKING_STATUS, CONTROL_METHOD, LABOUR_SECTOR, RECRUITER_RELATION), projected
-- from the case's JSON payload as V1 projects sex, age band and exploitation types: a column on
-- case_victim for the one-valued status, a child table per set-valued field. The store writes them
-- on every insert and update of a case.
--
-- Cases stored before V4 are not back-filled here: the values are inside the JSON payload, which
-- H2 cannot take apart in SQL, so this script would differ by database. Until such a case is saved
-- again its victims count under UNKNOWN for these four dimensions (see docs/cases.md).

ALTER TABLE case_victim ADD COLUMN trafficking_status VARCHAR(20);

CREATE TABLE case_victim_control_method (
    case_id    CHAR(36) NOT NULL,
    victim_seq INTEGER     NOT NULL,
    victim_id  CHAR(36) NOT NULL,
    control_method VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, victim_seq, control_method),
    CONSTRAINT fk_case_victim_control_method_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

CREATE TABLE case_victim_labour_sector (
    case_id    CHAR(36) NOT NULL,
    victim_seq INTEGER     NOT NULL,
    victim_id  CHAR(36) NOT NULL,
    labour_sector VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, victim_seq, labour_sector),
    CONSTRAINT fk_case_victim_labour_sector_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;

CREATE TABLE case_victim_recruiter_relation (
    case_id    CHAR(36) NOT NULL,
    victim_seq INTEGER     NOT NULL,
    victim_id  CHAR(36) NOT NULL,
    recruiter_relation VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, victim_seq, recruiter_relation),
    CONSTRAINT fk_case_victim_recruiter_relation_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_nopad_bin;
