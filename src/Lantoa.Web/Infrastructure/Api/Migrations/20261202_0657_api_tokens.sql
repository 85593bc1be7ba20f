-- Bearer tokens of the JSON API (POST /api/v1/auth/token). Only the SHA-256 of a token is kept: a copy of this table
-- opens nothing. A staff token also keeps the user's security stamp at issue, so a changed password or role ends it.
-- The migration runner grants lantoa_app its rows (SELECT, INSERT, UPDATE, DELETE) after every run, as for every table.

CREATE TABLE api_tokens (
    token_hash   text PRIMARY KEY,                  -- SHA-256 (hex) of the token the client carries
    audience     text NOT NULL,                     -- 'staff' or 'citizen' (ApiAudiences)
    subject_id   integer NOT NULL,                  -- users.id for staff, the citizen's id for citizens
    stamp        text,                              -- staff: users.security_stamp when the token was issued
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    address      text,
    user_agent   text
);
CREATE INDEX ix_api_tokens_subject ON api_tokens (audience, subject_id);
