-- Issue #11: an update writes only the child rows it changes. A case's personal-data rows were
-- bound to the case's version (personal_data.case_version, and each seal to it), so every update
-- had to seal and write them again, and their victims' identity hashes too, even when only the
-- status moved. personal_version names the version of the case whose update last wrote them:
-- readers pair a case with rows of that version, and open each seal against it. Every stored
-- case's rows were written at its current version until now.
ALTER TABLE trafficking_case ADD COLUMN personal_version BIGINT;
UPDATE trafficking_case SET personal_version = version;
ALTER TABLE trafficking_case ALTER COLUMN personal_version SET NOT NULL;
