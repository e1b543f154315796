-- Issue #11: the roll-ups a task force reads most (a province's cases by regency, crossed with a
-- victim dimension) read the cases of a subtree by a range on registered_in, then need only the
-- regency and the id to group and to join the victims. With both in this index the database
-- answers from the index alone, never visiting the table's rows (their JSON payloads are large).
-- case_victim and case_victim_exploitation are joined by their primary keys, which hold every
-- column the exploitation roll-up reads.
CREATE INDEX ix_trafficking_case_rollup ON trafficking_case (registered_in, registered_regency, id);
