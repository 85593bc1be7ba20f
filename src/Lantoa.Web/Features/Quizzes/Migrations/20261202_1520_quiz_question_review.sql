-- The bank's writing → review (thẩm định) → approved workflow: who wrote and who reviewed a question as logins (the
-- reviewer must not be the writer), when it was reviewed and the reviewer's note when a question is sent back.

ALTER TABLE quiz_questions
    ADD COLUMN written_by_user_id   integer REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN reviewed_by_user_id  integer REFERENCES users (id) ON DELETE SET NULL,
    ADD COLUMN reviewed_at          timestamptz,
    ADD COLUMN review_note          text;
CREATE INDEX ix_quiz_questions_status ON quiz_questions (province_id, status);

-- How many people a round's ranking holds (read with every results page, not counted each time).
ALTER TABLE quiz_round_rankings ADD COLUMN ranked integer NOT NULL DEFAULT 0;
