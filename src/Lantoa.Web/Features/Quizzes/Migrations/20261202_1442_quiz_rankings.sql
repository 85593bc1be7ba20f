-- The ranking of a closed round, made in the database by one INSERT … SELECT with window functions (a round may have a
-- million attempts: ranking them in the application would read them all). quiz_round_rankings says when a round was
-- ranked and with how many entrants and all-correct entrants; quiz_rankings holds one row per ranked person (their best
-- attempt), with the prize tier won. A disqualification re-ranks the round. The attempt also keeps where it was started
-- from (address, device) for the organiser's integrity flags.

CREATE TABLE quiz_round_rankings (
    quiz_id        integer NOT NULL,
    round_number   integer NOT NULL,
    ranked_at      timestamptz NOT NULL,
    entrants       integer NOT NULL,
    all_correct    integer NOT NULL,
    PRIMARY KEY (quiz_id, round_number),
    FOREIGN KEY (quiz_id, round_number) REFERENCES quiz_rounds (quiz_id, number) ON DELETE CASCADE
);

CREATE TABLE quiz_rankings (
    quiz_id           integer NOT NULL,
    round_number      integer NOT NULL,
    rank              integer NOT NULL,
    attempt_id        bigint NOT NULL,
    citizen_id        integer NOT NULL,
    score             integer NOT NULL,
    prediction_error  integer,                   -- null: no prediction given (ranked after every prediction)
    duration_ms       bigint NOT NULL,
    submitted_at      timestamptz NOT NULL,
    prize             text,
    prize_amount      bigint,
    PRIMARY KEY (quiz_id, round_number, rank),
    FOREIGN KEY (quiz_id, round_number) REFERENCES quiz_round_rankings (quiz_id, round_number) ON DELETE CASCADE
);

ALTER TABLE quiz_attempts ADD COLUMN client_address text, ADD COLUMN client_device text;
CREATE INDEX ix_quiz_attempts_address ON quiz_attempts (quiz_id, round_number, client_address) WHERE client_address IS NOT NULL;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lantoa_app') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON quiz_round_rankings, quiz_rankings TO lantoa_app;
    END IF;
END
$$;
