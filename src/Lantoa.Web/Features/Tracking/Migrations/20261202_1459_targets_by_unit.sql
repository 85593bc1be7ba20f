-- The dashboard's compliance heatmap takes the first targets of the year's plans by unit: walking the province's
-- targets in unit order and stopping at the first 40 of those plans replaces reading every target of the year (9.926
-- in Hồ Chí Minh) to sort them.
CREATE INDEX ix_targets_province_unit ON targets (province_id, unit_id, id);
