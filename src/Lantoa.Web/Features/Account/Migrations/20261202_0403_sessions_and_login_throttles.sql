-- Server-side sessions (a sign-out ends the session, whatever copy of the cookie is kept) and the per account and
-- address record of failed passwords (progressive waits that never lock the real user out from another address),
-- and the TOTP secrets of two-factor sign-in.

CREATE TABLE user_sessions (
    id_hash       text PRIMARY KEY,                 -- SHA-256 (hex) of the session id carried in the login cookie
    user_id       integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    ended_at      timestamptz,
    end_reason    text,                             -- 'SignedOut', 'Idle', 'Expired', 'Replaced'
    address       text,
    user_agent    text
);
CREATE INDEX ix_user_sessions_user ON user_sessions (user_id, address);

CREATE TABLE login_throttles (
    account          text NOT NULL,                 -- the name typed (lower-case), whether or not such an account exists
    address          text NOT NULL,
    failures         integer NOT NULL,
    last_failure_at  timestamptz NOT NULL,
    blocked_until    timestamptz,
    PRIMARY KEY (account, address)
);

CREATE TABLE user_totp (
    user_id     integer PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret      text NOT NULL,                      -- protected with ASP.NET Core Data Protection (purpose Lantoa.Totp)
    enabled_at  timestamptz NOT NULL,
    last_step   bigint NOT NULL DEFAULT 0           -- the last accepted 30-second step: a code opens one sign-in only
);
