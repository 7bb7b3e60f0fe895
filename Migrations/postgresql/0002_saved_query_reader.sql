-- Saved SQL queries run as newsq_reader: a role that can log in nowhere, may only SELECT
-- newsq's tables and has default_transaction_read_only set, so the server itself refuses
-- every write, every privileged function (pg_read_file, lo_import, pg_reload_conf …) and
-- every table newsq did not grant. newsq enters it with SET LOCAL ROLE inside
-- BEGIN READ ONLY, so it ends with the query's transaction.
--
-- The role is the server's, shared by every newsq database on it: made once (a second
-- database, or two migrating at once, find it there). Making it needs CREATEROLE or a
-- superuser; an administrator can make it beforehand and grant it to newsq's role.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'newsq_reader') THEN
        BEGIN
            CREATE ROLE newsq_reader NOLOGIN NOINHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
            ALTER ROLE newsq_reader SET default_transaction_read_only = on;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT pg_catalog.pg_has_role(current_user, 'newsq_reader', 'MEMBER') THEN
        EXECUTE pg_catalog.format('GRANT newsq_reader TO %I', current_user);
    END IF;
    -- SET ROLE is checked against the session's user: connected as a superuser, a query could
    -- call set_config('role', …) to leave newsq_reader again. Without EXECUTE on set_config
    -- it cannot (newsq's own SET statements do not use the function). Only a superuser may
    -- change the function's rights; connected as any other role, the way back leads only to
    -- that role, still inside READ ONLY.
    IF (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) THEN
        REVOKE EXECUTE ON FUNCTION pg_catalog.set_config(text, text, boolean) FROM PUBLIC;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO newsq_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsq_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO newsq_reader;
