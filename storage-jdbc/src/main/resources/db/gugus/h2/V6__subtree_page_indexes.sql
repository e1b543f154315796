-- Issue #11: a page of a province's or a regency's cases, in report order. A range on
-- registered_in (ix_trafficking_case_registered) finds the subtree's cases but not in report
-- order, so the database read and sorted the whole subtree for every page: at 1,000,000 cases a
-- province page took hundreds of milliseconds. The page now filters a province by
-- registered_province and a regency by registered_regency (the columns every case has held since
-- V1), and these indexes give it those cases already in (reported_on, id) order, either way: a
-- page reads its own rows and stops, from the start or from a cursor, oldest or newest first.
CREATE INDEX ix_trafficking_case_province_page ON trafficking_case (registered_province, reported_on, id);
CREATE INDEX ix_trafficking_case_regency_page ON trafficking_case (registered_regency, reported_on, id);
