-- Issue #24 item 8: nobody stalls the others without limit.
BEGIN;
SELECT plan(3);

SELECT is((SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'proofdesk' AND p.prosecdef
             AND NOT coalesce(p.proconfig, '{}') @> ARRAY['lock_timeout=5s']), 0::bigint,
          'every function of the team waits at most 5 s for a lock');
SELECT ok(EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
                  WHERE d.datname = current_database() AND s.setrole = 0
                    AND s.setconfig @> ARRAY['idle_in_transaction_session_timeout=30s']),
          'the server ends a transaction left idle');
SELECT is((SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'proofdesk' AND p.prosecdef
             AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=proofdesk, pg_temp']), 0::bigint,
          'every SECURITY DEFINER function pins its search_path');

SELECT * FROM finish();
ROLLBACK;
