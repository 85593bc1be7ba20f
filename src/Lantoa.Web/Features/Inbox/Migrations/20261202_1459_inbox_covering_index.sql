-- The menu's count of reports waiting for review reads every waiting report of the province to check its plan: a
-- province of the national dataset has tens of thousands waiting (35.786 in Hồ Chí Minh), 3.600 heap pages per page
-- view. With the plan in the index the count is answered from the index alone.
CREATE INDEX ix_progress_reports_submitted_plan ON progress_reports (province_id, plan_id) WHERE state = 'Submitted';
DROP INDEX ix_progress_reports_submitted;
