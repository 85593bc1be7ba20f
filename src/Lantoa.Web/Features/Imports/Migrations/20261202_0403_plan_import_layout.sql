-- The layout of an imported document (DocumentLayout as JSON): the parts, paragraphs and tables the plan's fields do
-- not hold, in their order, so that the .docx export of the plan loses nothing of the imported document.
ALTER TABLE plan_imports ADD COLUMN layout_json jsonb;
