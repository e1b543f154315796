-- Gugus schema for PostgreSQL (15+). Shipped with gugus-storage-jdbc and run by its tests as is.
-- Text columns use the "C" collation so that equality and order are exact code-point comparisons
-- whatever the database's locale: a jurisdiction subtree is then the range [code, code || '/').
-- Timestamps are TIMESTAMP WITHOUT TIME ZONE holding UTC; money is BIGINT whole rupiah.

CREATE TABLE jurisdiction (
    code        VARCHAR(13)  COLLATE "C" NOT NULL,
    parent_code VARCHAR(13)  COLLATE "C",
    area_level  VARCHAR(10)  COLLATE "C" NOT NULL,
    name        VARCHAR(200) COLLATE "C" NOT NULL,
    CONSTRAINT pk_jurisdiction PRIMARY KEY (code)
);
CREATE INDEX ix_jurisdiction_parent ON jurisdiction (parent_code, code);

CREATE TABLE agency (
    id           CHAR(36)     COLLATE "C" NOT NULL,
    version      BIGINT       NOT NULL,
    name         VARCHAR(200) COLLATE "C" NOT NULL,
    agency_type  VARCHAR(40)  COLLATE "C" NOT NULL,
    jurisdiction VARCHAR(13)  COLLATE "C" NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id)
);
CREATE INDEX ix_agency_jurisdiction ON agency (jurisdiction);

CREATE TABLE task_force (
    id                  CHAR(36)     COLLATE "C" NOT NULL,
    version             BIGINT       NOT NULL,
    name                VARCHAR(200) COLLATE "C" NOT NULL,
    tf_level            VARCHAR(10)  COLLATE "C" NOT NULL,
    jurisdiction        VARCHAR(13)  COLLATE "C" NOT NULL,
    status              VARCHAR(20)  COLLATE "C" NOT NULL,
    -- Equal to jurisdiction while the task force is active, NULL once dissolved: the unique
    -- index below makes "at most one active task force per jurisdiction" atomic.
    active_jurisdiction VARCHAR(13)  COLLATE "C",
    parent_id           CHAR(36)     COLLATE "C",
    updated_at          TIMESTAMP(6) NOT NULL,
    payload             TEXT         NOT NULL,
    CONSTRAINT pk_task_force PRIMARY KEY (id),
    CONSTRAINT uq_task_force_active UNIQUE (active_jurisdiction)
);
CREATE INDEX ix_task_force_jurisdiction ON task_force (jurisdiction);

CREATE TABLE trafficking_case (
    id                  CHAR(36)     COLLATE "C" NOT NULL,
    version             BIGINT       NOT NULL,
    case_number         VARCHAR(100) COLLATE "C" NOT NULL,
    registered_in       VARCHAR(13)  COLLATE "C" NOT NULL,
    registered_province VARCHAR(13)  COLLATE "C",
    registered_regency  VARCHAR(13)  COLLATE "C",
    reported_on         DATE         NOT NULL,
    status              VARCHAR(20)  COLLATE "C" NOT NULL,
    destination_country CHAR(3)      COLLATE "C",
    has_child_victim    BOOLEAN      NOT NULL,
    victim_count        INTEGER      NOT NULL,
    -- Persons (victims and suspects) with a personal_data row: lets a reader see that it read
    -- the case and its personal data from one version (see case_version below).
    personal_count      INTEGER      NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    payload             TEXT         NOT NULL,
    CONSTRAINT pk_trafficking_case PRIMARY KEY (id),
    CONSTRAINT uq_trafficking_case_number UNIQUE (case_number)
);
-- Subtree filter (range on registered_in) and keyset paging (reported_on, id).
CREATE INDEX ix_trafficking_case_registered ON trafficking_case (registered_in, reported_on, id);
CREATE INDEX ix_trafficking_case_reported ON trafficking_case (reported_on, id);

CREATE TABLE case_victim (
    case_id         CHAR(36)    COLLATE "C" NOT NULL,
    seq             INTEGER     NOT NULL,
    victim_id       CHAR(36)    COLLATE "C" NOT NULL,
    sex             VARCHAR(6)  COLLATE "C" NOT NULL,
    age_band        VARCHAR(12) COLLATE "C",
    citizenship     CHAR(3)     COLLATE "C" NOT NULL,
    origin_province VARCHAR(13) COLLATE "C",
    origin_regency  VARCHAR(13) COLLATE "C",
    child           BOOLEAN     NOT NULL,
    CONSTRAINT pk_case_victim PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_victim_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);

CREATE TABLE case_victim_exploitation (
    case_id           CHAR(36)    COLLATE "C" NOT NULL,
    victim_seq        INTEGER     NOT NULL,
    victim_id         CHAR(36)    COLLATE "C" NOT NULL,
    exploitation_type VARCHAR(40) COLLATE "C" NOT NULL,
    CONSTRAINT pk_case_victim_exploitation PRIMARY KEY (case_id, victim_seq, exploitation_type),
    CONSTRAINT fk_case_victim_exploitation_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_victim_exploitation_type ON case_victim_exploitation (exploitation_type, case_id);

CREATE TABLE case_restitution (
    case_id        CHAR(36)    COLLATE "C" NOT NULL,
    victim_seq     INTEGER     NOT NULL,
    seq            INTEGER     NOT NULL,
    victim_id      CHAR(36)    COLLATE "C" NOT NULL,
    head           VARCHAR(40) COLLATE "C" NOT NULL,
    state          VARCHAR(20) COLLATE "C" NOT NULL,
    claimed_rupiah BIGINT      NOT NULL,
    ordered_rupiah BIGINT,
    CONSTRAINT pk_case_restitution PRIMARY KEY (case_id, victim_seq, seq),
    CONSTRAINT fk_case_restitution_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);

-- Identifying data of victims and suspects (DESIGN §10), kept out of the JSON payload so that
-- it can be encrypted column by column.
CREATE TABLE personal_data (
    case_id    CHAR(36)      COLLATE "C" NOT NULL,
    owner_role VARCHAR(10)   COLLATE "C" NOT NULL,
    seq        INTEGER       NOT NULL,
    owner_id   CHAR(36)      COLLATE "C" NOT NULL,
    case_version BIGINT        NOT NULL, -- the version of the case this row belongs to
    name       VARCHAR(200)  COLLATE "C",
    nik        CHAR(16)      COLLATE "C",
    contact    VARCHAR(200)  COLLATE "C",
    address    VARCHAR(2000) COLLATE "C",
    CONSTRAINT pk_personal_data PRIMARY KEY (case_id, owner_role, seq),
    CONSTRAINT fk_personal_data_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);

CREATE TABLE action_plan (
    id           CHAR(36)     COLLATE "C" NOT NULL,
    version      BIGINT       NOT NULL,
    title        VARCHAR(200) COLLATE "C" NOT NULL,
    jurisdiction VARCHAR(13)  COLLATE "C" NOT NULL,
    parent_id    CHAR(36)     COLLATE "C",
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    status       VARCHAR(20)  COLLATE "C" NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    payload      TEXT         NOT NULL,
    CONSTRAINT pk_action_plan PRIMARY KEY (id)
);
CREATE INDEX ix_action_plan_jurisdiction ON action_plan (jurisdiction, period_start);

CREATE TABLE plan_activity (
    plan_id        CHAR(36)    COLLATE "C" NOT NULL,
    seq            INTEGER     NOT NULL,
    cluster        VARCHAR(40) COLLATE "C" NOT NULL,
    responsible    CHAR(36)    COLLATE "C" NOT NULL,
    funding_source VARCHAR(10) COLLATE "C" NOT NULL,
    budget_rupiah  BIGINT      NOT NULL,
    CONSTRAINT pk_plan_activity PRIMARY KEY (plan_id, seq),
    CONSTRAINT fk_plan_activity_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
);

CREATE TABLE coordination_meeting (
    id           CHAR(36)     COLLATE "C" NOT NULL,
    version      BIGINT       NOT NULL,
    title        VARCHAR(200) COLLATE "C" NOT NULL,
    meeting_date DATE         NOT NULL,
    host_id      CHAR(36)     COLLATE "C" NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    payload      TEXT         NOT NULL,
    CONSTRAINT pk_coordination_meeting PRIMARY KEY (id)
);
CREATE INDEX ix_coordination_meeting_host ON coordination_meeting (host_id, meeting_date);

CREATE TABLE meeting_follow_up (
    meeting_id   CHAR(36) COLLATE "C" NOT NULL,
    seq          INTEGER  NOT NULL,
    follow_up_id CHAR(36) COLLATE "C" NOT NULL,
    assignee     CHAR(36) COLLATE "C" NOT NULL,
    due_on       DATE     NOT NULL,
    done_on      DATE,
    CONSTRAINT pk_meeting_follow_up PRIMARY KEY (meeting_id, seq),
    CONSTRAINT fk_meeting_follow_up_meeting FOREIGN KEY (meeting_id) REFERENCES coordination_meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_meeting_follow_up_due ON meeting_follow_up (due_on, follow_up_id);
