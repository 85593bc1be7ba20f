-- The inbox's counts run on every page (the menu): reports waiting for review per province, estimates waiting for
-- review or returned per province. Partial indexes keep them to the few waiting rows, also at national scale.
CREATE INDEX ix_progress_reports_submitted ON progress_reports (province_id) WHERE state = 'Submitted';
CREATE INDEX ix_progress_reports_returned ON progress_reports (unit_id) WHERE state = 'Returned';
CREATE INDEX ix_estimates_waiting ON estimates (province_id, status);
