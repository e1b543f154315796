-- Gugus schema for H2 (2.x, no compatibility mode). Shipped with gugus-storage-jdbc and run by its tests as is.
-- H2 compares text by code unit, exactly, so a jurisdiction subtree is the range [code, code || '/').
-- H2 measures VARCHAR lengths in UTF-16 code units, the other databases in characters: free-text
-- columns are twice as long here so that a text at the library's limit in characters (emoji are two
-- code units) fits on every database. Codes and enum names are ASCII and keep their length.
-- Timestamps are TIMESTAMP WITHOUT TIME ZONE holding UTC; money is BIGINT whole rupiah.

CREATE TABLE jurisdiction (
    code        VARCHAR(13)  NOT NULL,
    parent_code VARCHAR(13) ,
    area_level  VARCHAR(10)  NOT NULL,
    name        VARCHAR(400) NOT NULL,
    CONSTRAINT pk_jurisdiction PRIMARY KEY (code)
);
CREATE INDEX ix_jurisdiction_parent ON jurisdiction (parent_code, code);

CREATE TABLE agency (
    id           CHAR(36)     NOT NULL,
    version      BIGINT       NOT NULL,
    name         VARCHAR(400) NOT NULL,
    agency_type  VARCHAR(40)  NOT NULL,
    jurisdiction VARCHAR(13)  NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id)
);
CREATE INDEX ix_agency_jurisdiction ON agency (jurisdiction);

CREATE TABLE task_force (
    id                  CHAR(36)     NOT NULL,
    version             BIGINT       NOT NULL,
    name                VARCHAR(400) NOT NULL,
    tf_level            VARCHAR(10)  NOT NULL,
    jurisdiction        VARCHAR(13)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    -- Equal to jurisdiction while the task force is active, NULL once dissolved: the unique
    -- index below makes "at most one active task force per jurisdiction" atomic.
    active_jurisdiction VARCHAR(13) ,
    parent_id           CHAR(36)    ,
    updated_at          TIMESTAMP(6) NOT NULL,
    payload             CLOB         NOT NULL,
    CONSTRAINT pk_task_force PRIMARY KEY (id),
    CONSTRAINT uq_task_force_active UNIQUE (active_jurisdiction)
);
CREATE INDEX ix_task_force_jurisdiction ON task_force (jurisdiction);

CREATE TABLE trafficking_case (
    id                  CHAR(36)     NOT NULL,
    version             BIGINT       NOT NULL,
    case_number         VARCHAR(200) NOT NULL,
    registered_in       VARCHAR(13)  NOT NULL,
    registered_province VARCHAR(13) ,
    registered_regency  VARCHAR(13) ,
    reported_on         DATE         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    destination_country CHAR(3)     ,
    has_child_victim    BOOLEAN      NOT NULL,
    victim_count        INTEGER      NOT NULL,
    -- Persons (victims and suspects) with a personal_data row: lets a reader see that it read
    -- the case and its personal data from one version (see case_version below).
    personal_count      INTEGER      NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    payload             CLOB         NOT NULL,
    CONSTRAINT pk_trafficking_case PRIMARY KEY (id),
    CONSTRAINT uq_trafficking_case_number UNIQUE (case_number)
);
-- Subtree filter (range on registered_in) and keyset paging (reported_on, id).
CREATE INDEX ix_trafficking_case_registered ON trafficking_case (registered_in, reported_on, id);
CREATE INDEX ix_trafficking_case_reported ON trafficking_case (reported_on, id);

CREATE TABLE case_victim (
    case_id         CHAR(36)    NOT NULL,
    seq             INTEGER     NOT NULL,
    victim_id       CHAR(36)    NOT NULL,
    sex             VARCHAR(6)  NOT NULL,
    age_band        VARCHAR(12),
    citizenship     CHAR(3)     NOT NULL,
    origin_province VARCHAR(13),
    origin_regency  VARCHAR(13),
    child           BOOLEAN     NOT NULL,
    CONSTRAINT pk_case_victim PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_victim_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);

CREATE TABLE case_victim_exploitation (
    case_id           CHAR(36)    NOT NULL,
    victim_seq        INTEGER     NOT NULL,
    victim_id         CHAR(36)    NOT NULL,
    exploitation_type VARCHAR(40) NOT NULL,
    CONSTRAINT pk_case_victim_exploitation PRIMARY KEY (case_id, victim_seq, exploitation_type),
    CONSTRAINT fk_case_victim_exploitation_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);
CREATE INDEX ix_case_victim_exploitation_type ON case_victim_exploitation (exploitation_type, case_id);

CREATE TABLE case_restitution (
    case_id        CHAR(36)    NOT NULL,
    victim_seq     INTEGER     NOT NULL,
    seq            INTEGER     NOT NULL,
    victim_id      CHAR(36)    NOT NULL,
    head           VARCHAR(40) NOT NULL,
    state          VARCHAR(20) NOT NULL,
    claimed_rupiah BIGINT      NOT NULL,
    ordered_rupiah BIGINT,
    CONSTRAINT pk_case_restitution PRIMARY KEY (case_id, victim_seq, seq),
    CONSTRAINT fk_case_restitution_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);

-- Identifying data of victims and suspects (DESIGN §10), kept out of the JSON payload so that
-- it can be encrypted column by column.
CREATE TABLE personal_data (
    case_id    CHAR(36)      NOT NULL,
    owner_role VARCHAR(10)   NOT NULL,
    seq        INTEGER       NOT NULL,
    owner_id   CHAR(36)      NOT NULL,
    case_version BIGINT        NOT NULL, -- the version of the case this row belongs to
    name       VARCHAR(400),
    nik        CHAR(16)     ,
    contact    VARCHAR(400),
    address    VARCHAR(4000),
    CONSTRAINT pk_personal_data PRIMARY KEY (case_id, owner_role, seq),
    CONSTRAINT fk_personal_data_case FOREIGN KEY (case_id) REFERENCES trafficking_case (id) ON DELETE CASCADE
);

CREATE TABLE action_plan (
    id           CHAR(36)     NOT NULL,
    version      BIGINT       NOT NULL,
    title        VARCHAR(400) NOT NULL,
    jurisdiction VARCHAR(13)  NOT NULL,
    parent_id    CHAR(36)    ,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    payload      CLOB         NOT NULL,
    CONSTRAINT pk_action_plan PRIMARY KEY (id)
);
CREATE INDEX ix_action_plan_jurisdiction ON action_plan (jurisdiction, period_start);

CREATE TABLE plan_activity (
    plan_id        CHAR(36)    NOT NULL,
    seq            INTEGER     NOT NULL,
    cluster        VARCHAR(40) NOT NULL,
    responsible    CHAR(36)    NOT NULL,
    funding_source VARCHAR(10) NOT NULL,
    budget_rupiah  BIGINT      NOT NULL,
    CONSTRAINT pk_plan_activity PRIMARY KEY (plan_id, seq),
    CONSTRAINT fk_plan_activity_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
);

CREATE TABLE coordination_meeting (
    id           CHAR(36)     NOT NULL,
    version      BIGINT       NOT NULL,
    title        VARCHAR(400) NOT NULL,
    meeting_date DATE         NOT NULL,
    host_id      CHAR(36)     NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL,
    payload      CLOB         NOT NULL,
    CONSTRAINT pk_coordination_meeting PRIMARY KEY (id)
);
CREATE INDEX ix_coordination_meeting_host ON coordination_meeting (host_id, meeting_date);

CREATE TABLE meeting_follow_up (
    meeting_id   CHAR(36) NOT NULL,
    seq          INTEGER  NOT NULL,
    follow_up_id CHAR(36) NOT NULL,
    assignee     CHAR(36) NOT NULL,
    due_on       DATE     NOT NULL,
    done_on      DATE,
    CONSTRAINT pk_meeting_follow_up PRIMARY KEY (meeting_id, seq),
    CONSTRAINT fk_meeting_follow_up_meeting FOREIGN KEY (meeting_id) REFERENCES coordination_meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_meeting_follow_up_due ON meeting_follow_up (due_on, follow_up_id);
